package com.ratecard.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The batch summary as the agency prints and reads it: landscape, one page wide, header on every page, text as typed. */
class SummaryWorkbookTest {
    private static SummaryWorkbook.Opening row(int n, String client) {
        return new SummaryWorkbook.Opening(n, "ok", false, client, "MLOps Engineer", "Senior", "Chicago", "direct-hire", 165000.0, false,
                new SummaryWorkbook.Figures(150000, 180000, 170000, 200000, 80, 95, 120.5, 140.25, "competitive", null, List.of()),
                Map.of("xlsx", "acme/mlops.xlsx"), null);
    }

    private static XSSFWorkbook write(Iterable<SummaryWorkbook.Opening> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryWorkbook.write(Fixtures.brand("northbeam"), List.of("xlsx"), rows, List.of(new SummaryWorkbook.RateLine("Acme", "MLOps Engineer",
                "Senior", "Chicago", 1, 120.5, 130.38, 140.25, 150000, 180000, "acme/rate-card.pdf")),
                new SummaryWorkbook.Run("openings.csv", "northbeam", "2026-12-01T10:00:00Z", 2, 2, 0, 0, 0), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderRepeated() throws Exception {
        try (XSSFWorkbook workbook = write(List.of(row(2, "Acme")))) {
            for (Sheet sheet : workbook) {
                assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName());
                assertTrue(sheet.getFitToPage(), sheet.getSheetName());
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), sheet.getSheetName());
                assertEquals(0, sheet.getPrintSetup().getFitHeight(), sheet.getSheetName());
                assertTrue(sheet.getFooter().getCenter().contains("&P"), sheet.getSheetName());
            }
            for (String name : List.of("Openings", "Rate card")) {
                assertEquals(CellRangeAddress.valueOf("1:1"), workbook.getSheet(name).getRepeatingRows(), name + " repeats its header row");
            }
        }
    }

    @Test
    void textIsWrittenLiterallyAndNeverAsAFormula() throws Exception {
        List<String> clients = List.of("Acme_x000A_=1+1 Corp", "_x0041_", "=HYPERLINK(\"http://evil.example\",\"x\")", "+1", "@SUM(A1)",
                "-2", "\tTab", "Zoë & Co <b>");
        List<SummaryWorkbook.Opening> rows = new java.util.ArrayList<>();
        for (int i = 0; i < clients.size(); i++) rows.add(row(i + 2, clients.get(i)));
        try (XSSFWorkbook workbook = write(rows)) {
            Sheet sheet = workbook.getSheet("Openings");
            for (int i = 0; i < clients.size(); i++) {
                Cell cell = sheet.getRow(i + 1).getCell(2);
                assertEquals(CellType.STRING, cell.getCellType());
                assertEquals(clients.get(i), cell.getStringCellValue(), "as typed");
            }
            for (Sheet s : workbook) for (Row r : s) for (Cell c : r) assertTrue(c.getCellType() != CellType.FORMULA);
        }
    }

    @Test
    void rowsAreStreamedFromTheIterable() throws Exception {
        int n = 20_000;
        Iterable<SummaryWorkbook.Opening> many = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public SummaryWorkbook.Opening next() {
                return row(2 + i++, "Client " + i);
            }
        };
        try (XSSFWorkbook workbook = write(many)) {
            assertEquals(n, workbook.getSheet("Openings").getLastRowNum());
            assertEquals("Client 20000", workbook.getSheet("Openings").getRow(n).getCell(2).getStringCellValue());
        }
    }
}
