package com.ratecard.delivery.batch;

import com.ratecard.render.ratecard.RateCard;
import static com.ratecard.delivery.batch.BatchFixtures.csv;
import static com.ratecard.delivery.batch.BatchFixtures.row;
import static com.ratecard.delivery.batch.BatchFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.WrittenFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch's summary.xlsx agrees with its manifest; how the workbook itself is made is SummaryWorkbookTest's. */
class BatchSummaryTest {
    @TempDir
    Path dir;

    private static int column(Sheet sheet, String name) {
        for (Cell cell : sheet.getRow(0)) if (cell.getStringCellValue().equals(name)) return cell.getColumnIndex();
        throw new AssertionError("no column " + name);
    }

    @Test
    void oneRowPerOpeningWithFiguresAndLinks() throws Exception {
        Path input = BatchFixtures.SAMPLES.resolve("openings-with-errors.csv");
        Manifest m = run(dir, input).manifest();
        try (XSSFWorkbook workbook = new XSSFWorkbook(dir.resolve("summary.xlsx").toFile())) {
            assertEquals(List.of("Openings", "Rate card", "Run"), List.of(workbook.getSheetName(0), workbook.getSheetName(1),
                    workbook.getSheetName(2)));
            Sheet sheet = workbook.getSheet("Openings");
            assertEquals(m.entries().size(), sheet.getLastRowNum());
            for (int i = 0; i < m.entries().size(); i++) {
                Manifest.Entry e = m.entries().get(i);
                Row row = sheet.getRow(i + 1);
                assertEquals(e.row(), (int) row.getCell(column(sheet, "Row")).getNumericCellValue());
                assertEquals(e.status().id(), row.getCell(column(sheet, "Status")).getStringCellValue());
                Cell json = row.getCell(column(sheet, "JSON"));
                Cell reason = row.getCell(column(sheet, "Reason"));
                if (e.delivered()) {
                    WrittenFile file = e.files().get(0);
                    assertEquals(HyperlinkType.FILE, json.getHyperlink().getType());
                    assertEquals(file.path(), json.getHyperlink().getAddress());
                    assertEquals(e.quote().recommendedBase().low(), row.getCell(column(sheet, "Base low")).getNumericCellValue(), 0.0);
                    assertEquals(e.quote().billRate().high(), row.getCell(column(sheet, "Bill rate high")).getNumericCellValue(), 0.0);
                    assertEquals(e.quote().totalComp().high(), row.getCell(column(sheet, "Total comp high")).getNumericCellValue(), 0.0);
                    assertEquals(e.quote().role(), row.getCell(column(sheet, "Role")).getStringCellValue());
                } else {
                    assertNull(json == null ? null : json.getHyperlink());
                    assertEquals(e.reason(), reason.getStringCellValue());
                }
            }
            Sheet cards = workbook.getSheet("Rate card");
            List<RateCard> expected = BatchFixtures.cards(m.entries());
            assertEquals(expected.stream().mapToInt(c -> c.lines().size()).sum(), cards.getLastRowNum());
            RateCard.Line first = expected.get(0).lines().get(0);
            Row row = cards.getRow(1);
            assertEquals(expected.get(0).client(), row.getCell(0).getStringCellValue());
            assertEquals(first.billMin(), row.getCell(column(cards, "Bill rate min")).getNumericCellValue(), 0.0);
            assertEquals(first.billTarget(), row.getCell(column(cards, "Bill rate target")).getNumericCellValue(), 0.0);
            assertEquals(first.billMax(), row.getCell(column(cards, "Bill rate max")).getNumericCellValue(), 0.0);
            assertEquals("acme-robotics/rate-card.pdf", row.getCell(column(cards, "Rate card")).getHyperlink().getAddress());
        }
    }

    @Test
    void clientTextIsNeverAFormula() throws Exception {
        String evil = "=HYPERLINK(\"http://evil.example\",\"click\")";
        Path input = csv(dir, "openings.csv", List.of(
                row(evil, "MLOps Engineer", "senior", "NYC", "", "direct-hire", "180000"),
                row("+1 cmd|' /C calc'!A0", "Unknown Role", "senior", "NYC", "", "direct-hire", "180000"),
                row("@SUM(1+1)", "MLOps Engineer", "mid", "NYC", "", "direct-hire", "150000")));
        run(dir.resolve("out"), input);
        try (XSSFWorkbook workbook = new XSSFWorkbook(dir.resolve("out/summary.xlsx").toFile())) {
            Sheet sheet = workbook.getSheet("Openings");
            List<String> clients = List.of(evil, "+1 cmd|' /C calc'!A0", "@SUM(1+1)");
            for (int i = 0; i < clients.size(); i++) {
                Cell cell = sheet.getRow(i + 1).getCell(column(sheet, "Client"));
                assertEquals(CellType.STRING, cell.getCellType());
                assertEquals(clients.get(i), cell.getStringCellValue());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), "shown as text even when edited");
            }
            Cell card = workbook.getSheet("Rate card").getRow(1).getCell(0);
            assertEquals(CellType.STRING, card.getCellType());
            for (Sheet s : workbook) {
                for (Row r : s) for (Cell c : r) assertTrue(c.getCellType() != CellType.FORMULA, s.getSheetName() + " " + c.getAddress());
            }
        }
    }
}
