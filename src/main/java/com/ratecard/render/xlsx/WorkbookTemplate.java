package com.ratecard.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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

    private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\bname=\"([^\"]*)\"");

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
            byte[] bytes = Files.readAllBytes(file);
            // The sheet names from xl/workbook.xml alone: parsing the whole workbook here would
            // double the cold cost of a one-opening generate (each render parses it anyway).
            List<String> names = sheetNames(bytes);
            for (String name : SHEETS) {
                if (!names.contains(name)) {
                    throw new IllegalStateException(file + ": no sheet \"" + name + "\"; expected the sheets " + SHEETS);
                }
            }
            return new WorkbookTemplate(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": unreadable workbook template (" + e.getMessage() + ")", e);
        }
    }

    /** The sheet names a workbook's {@code xl/workbook.xml} lists, XML entities decoded. */
    private static List<String> sheetNames(byte[] xlsx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.getName().equals("xl/workbook.xml")) continue;
                String xml = new String(zip.readNBytes(4 << 20), StandardCharsets.UTF_8);
                List<String> names = new ArrayList<>();
                Matcher m = SHEET.matcher(xml);
                while (m.find()) names.add(unescape(m.group(1)));
                return names;
            }
        }
        throw new IOException("no xl/workbook.xml; not an XLSX workbook");
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    Path file() {
        return file;
    }
}
