package com.ratecard.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTemplateTest {
    @Test
    void theShippedTemplateHasEverySheetAndASampleForEveryLook() throws IOException {
        try (XSSFWorkbook workbook = WorkbookTemplate.load(Fixtures.TEMPLATES).open()) {
            for (String name : WorkbookTemplate.SHEETS) assertNotNull(workbook.getSheet(name), name);
            XSSFSheet samples = workbook.getSheet(WorkbookTemplate.STYLES);
            for (Look look : Look.values()) {
                boolean found = false;
                for (Row row : samples) found |= row.getCell(0) != null && look.id().equals(row.getCell(0).getStringCellValue());
                assertTrue(found, look.id());
            }
            XSSFSheet summary = workbook.getSheet(WorkbookTemplate.SUMMARY);
            assertTrue(summary.getPrintSetup().getLandscape());
            assertTrue(summary.getHeader().getLeft().contains(SheetFinish.BRAND));
        }
    }

    @Test
    void theGeneratorWritesATemplateTheRendererAccepts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(WorkbookTemplate.FILE);
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook workbook = WorkbookTemplateGenerator.generate(); OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        WorkbookTemplate template = WorkbookTemplate.load(dir);
        assertEquals(file, template.file());
        Files.createDirectories(dir.resolve("brands"));
        XlsxRenderer renderer = new XlsxRenderer(dir, Fixtures.MARKET);
        renderer.render(Fixtures.document(Fixtures.sample(), "northbeam"), OutputStream.nullOutputStream());
    }

    @Test
    void aMissingOrIncompleteTemplateIsNamed(@TempDir Path dir) throws IOException {
        UncheckedIOException missing = assertThrows(UncheckedIOException.class, () -> WorkbookTemplate.load(dir));
        assertTrue(missing.getMessage().contains("ratecard.xlsx"), missing.getMessage());

        Path file = dir.resolve(WorkbookTemplate.FILE);
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook workbook = WorkbookTemplateGenerator.generate(); OutputStream out = Files.newOutputStream(file)) {
            workbook.removeSheetAt(workbook.getSheetIndex(WorkbookTemplate.ROLES));
            workbook.write(out);
        }
        IllegalStateException incomplete = assertThrows(IllegalStateException.class, () -> WorkbookTemplate.load(dir));
        assertTrue(incomplete.getMessage().contains("no sheet \"Roles\""), incomplete.getMessage());
    }
}
