package com.ratecard.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook template ({@code templates/workbook/ratecard.xlsx}): its sheets, column widths,
 * print setup and the sample cells of the Styles sheet. Read once; every render opens a fresh
 * copy from the bytes, so one template serves many threads.
 */
final class WorkbookTemplate {
    static final String FILE = "workbook/ratecard.xlsx";
    static final String SUMMARY = "Summary";
    static final String MARKET = "Market";
    static final String LOCATIONS = "Locations";
    static final String ROLES = "Roles";
    static final String PREMIUMS = "Premiums";
    static final String CALCULATOR = "Calculator";
    static final String METHOD = "Method & sources";
    /** Hidden: lookup tables behind the Calculator's formulas and the charts' series. */
    static final String TABLES = "Tables";
    /** Hidden in the template, removed from output: one sample cell per {@link Look}. */
    static final String STYLES = "Styles";
    static final List<String> SHEETS = List.of(SUMMARY, MARKET, LOCATIONS, ROLES, PREMIUMS, CALCULATOR, METHOD, TABLES, STYLES);

    private final Path file;
    private final byte[] bytes;

    private WorkbookTemplate(Path file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    /** Loads and checks the template under a templates folder. */
    static WorkbookTemplate load(Path templatesDir) {
        Path file = templatesDir.resolve(FILE);
        try {
            WorkbookTemplate template = new WorkbookTemplate(file, Files.readAllBytes(file));
            try (XSSFWorkbook workbook = template.open()) {
                for (String name : SHEETS) {
                    if (workbook.getSheet(name) == null) {
                        throw new IllegalStateException(file + ": no sheet \"" + name + "\"; expected the sheets " + SHEETS);
                    }
                }
            }
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": unreadable workbook template (" + e.getMessage() + ")", e);
        }
    }

    XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    Path file() {
        return file;
    }
}
