package com.ratecard.delivery.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.InputException;
import com.ratecard.data.Opening;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpeningSourceTest {
    @TempDir
    Path dir;

    private static List<SourceRow> rows(OpeningSource source) {
        List<SourceRow> rows = new ArrayList<>();
        source.forEach(rows::add);
        return rows;
    }

    private static Opening build(SourceRow row) {
        return row.fields().build(Fixtures.MARKET.policy());
    }

    @Test
    void sampleCsvHasRealisticVariety() {
        List<SourceRow> rows = rows(OpeningSource.open(BatchFixtures.SAMPLES.resolve("openings.csv")));
        assertTrue(rows.size() >= 12, "at least a dozen sample openings");
        List<Opening> openings = rows.stream().map(OpeningSourceTest::build).toList();
        assertTrue(openings.stream().map(Opening::client).distinct().count() >= 5, "several clients");
        assertTrue(openings.stream().map(Opening::engagement).distinct().count() == 3, "every engagement");
        assertTrue(openings.stream().map(o -> Fixtures.ENGINE.price(o).level().id()).distinct().count() == 4, "every level");
        assertTrue(openings.stream().map(o -> Fixtures.ENGINE.price(o).location().id()).distinct().count() >= 6, "many locations");
        assertTrue(openings.stream().map(o -> Fixtures.ENGINE.price(o).role().id()).distinct().count() == 4, "every role");
        assertEquals(2, rows.get(0).row(), "the header is row 1");
    }

    @Test
    void csvRowNumbersAreSpreadsheetRows() throws IOException {
        Path file = dir.resolve("o.csv");
        Files.writeString(file, "\uFEFFClient,Role,Level,Location,Notes,Budget\n"
                + "Acme,MLOps Engineer,senior,NYC,\"two\nlines\",150000\n"
                + "\n"
                + ",,,,,\n"
                + "Helix,Data Engineer,mid,Chicago,,\"$120,000\"\n", StandardCharsets.UTF_8);
        List<SourceRow> rows = rows(OpeningSource.open(file));
        assertEquals(2, rows.size(), "blank rows are not openings");
        assertEquals(2, rows.get(0).row());
        assertEquals(5, rows.get(1).row(), "a multi-line value is one row; blank rows still count");
        assertEquals("two\nlines", build(rows.get(0)).notes());
        assertEquals(com.ratecard.data.Budget.annual(120_000L), build(rows.get(1)).budget());
        assertEquals("Acme", rows.get(0).raw().get("client"), "a byte-order mark is not part of the first column name");
    }

    @Test
    void badCsvRowIsReportedWithItsRowAndField() throws IOException {
        Path file = BatchFixtures.csv(dir, "openings.csv", List.of(
                BatchFixtures.row("Acme", "MLOps Engineer", "senior", "NYC", "", "direct-hire", "150000"),
                BatchFixtures.row("Acme", "MLOps Engineer", "senior", "NYC", "", "direct-hire", "abc")));
        List<SourceRow> rows = rows(OpeningSource.open(file));
        InputException e = assertThrows(InputException.class, () -> build(rows.get(1)));
        assertTrue(e.getMessage().startsWith("openings.csv:3: budget: \"abc\" is not an amount; expected"), e.getMessage());
    }

    @Test
    void extraValueWithoutColumnIsARowProblem() throws IOException {
        Path file = dir.resolve("o.csv");
        Files.writeString(file, "client,role,level,location\nAcme,MLOps Engineer,senior,NYC,surprise\n");
        SourceRow row = rows(OpeningSource.open(file)).get(0);
        assertTrue(row.problem().startsWith("o.csv:2: row: a value in column 5 (\"surprise\") has no column name"), row.problem());
    }

    @Test
    void unreadableCsvIsAnInputError() throws IOException {
        Path unknown = dir.resolve("unknown.csv");
        Files.writeString(unknown, "client,role,salary\nAcme,MLOps,1\n");
        InputException e = assertThrows(InputException.class, () -> OpeningSource.open(unknown).count());
        assertTrue(e.getMessage().startsWith("unknown.csv:1: header: unknown column \"salary\"; expected client, "), e.getMessage());

        Path semicolons = dir.resolve("semicolons.csv");
        Files.writeString(semicolons, "client;role;level\nAcme;MLOps;senior\n");
        assertTrue(assertThrows(InputException.class, () -> OpeningSource.open(semicolons).count()).getMessage()
                .endsWith("(values separated by commas, not semicolons or tabs)"));

        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "client,role,Client\n");
        assertTrue(assertThrows(InputException.class, () -> OpeningSource.open(twice).count()).getMessage()
                .contains("column \"client\" appears twice"));

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "client,role\nCaf\u00e9 Ren\u00e9,MLOps\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(InputException.class, () -> OpeningSource.open(latin1).count()).getMessage()
                .contains("not UTF-8"));

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "client,role\nAcme,MLOps\n\"Helix,MLOps\n");
        InputException quote = assertThrows(InputException.class, () -> OpeningSource.open(broken).count());
        assertTrue(quote.getMessage().startsWith("broken.csv:"), quote.getMessage());
        assertTrue(quote.getMessage().contains(": csv: "), quote.getMessage());

        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertTrue(assertThrows(InputException.class, () -> OpeningSource.open(empty).count()).getMessage().contains("empty"));

        assertThrows(InputException.class, () -> OpeningSource.open(dir.resolve("missing.csv")));
        Path text = Files.writeString(dir.resolve("openings.txt"), "x");
        assertTrue(assertThrows(InputException.class, () -> OpeningSource.open(text)).getMessage().contains(".csv, .xlsx, .yaml"));
    }

    @Test
    void xlsxFirstSheetWithNumbersAndDates() throws IOException {
        Path file = dir.resolve("openings.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Openings");
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not read");
            String[] head = {"Client", "Contact Name", "Role", "Level", "Years", "Location", "Skills", "Budget", "Effective Date"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) header.createCell(i).setCellValue(head[i]);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("$#,##0"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("Acme Robotics");
            r.createCell(2).setCellValue("MLOps Engineer");
            r.createCell(3).setCellValue("senior");
            r.createCell(5).setCellValue("San Diego");
            r.createCell(6).setCellValue("Kubernetes; Terraform");
            r.createCell(7).setCellValue(165000);
            r.getCell(7).setCellStyle(money);
            r.createCell(8).setCellValue(LocalDate.of(2026, 3, 1));
            r.getCell(8).setCellStyle(date);
            // row 3 left out entirely; row 4 has years as a number, and a bad budget
            Row r4 = sheet.createRow(3);
            r4.createCell(0).setCellValue("Helix");
            r4.createCell(2).setCellValue("Data Engineer");
            r4.createCell(4).setCellValue(4.5);
            r4.createCell(5).setCellValue("Remote");
            r4.createCell(7).setCellValue("lots");
            workbook.write(out);
        }
        List<SourceRow> rows = rows(OpeningSource.open(file));
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).row());
        Opening acme = build(rows.get(0));
        assertEquals(com.ratecard.data.Budget.annual(165_000L), acme.budget());
        assertEquals(LocalDate.of(2026, 3, 1), acme.effectiveDate());
        assertEquals(List.of("Kubernetes", "Terraform"), acme.skills());
        assertEquals(4, rows.get(1).row(), "the sheet's own row number");
        assertEquals("4.5", rows.get(1).raw().get("years"));
        InputException e = assertThrows(InputException.class, () -> build(rows.get(1)));
        assertTrue(e.getMessage().startsWith("openings.xlsx:4: budget: \"lots\" is not an amount"), e.getMessage());
    }

    @Test
    void notAWorkbookIsAnInputError() throws IOException {
        Path file = Files.writeString(dir.resolve("fake.xlsx"), "client,role\n");
        InputException e = assertThrows(InputException.class, () -> OpeningSource.open(file).count());
        assertTrue(e.getMessage().startsWith("fake.xlsx: not a readable XLSX workbook"), e.getMessage());
    }

    @Test
    void yamlItemsAreNumberedByTheirLine() throws IOException {
        List<SourceRow> sample = rows(OpeningSource.open(BatchFixtures.SAMPLES.resolve("openings.yaml")));
        assertTrue(sample.size() >= 5);
        sample.forEach(OpeningSourceTest::build);
        assertEquals(List.of("ML Governance", "MLflow", "AWS SageMaker").size(), build(sample.get(1)).skills().size());

        Path file = dir.resolve("openings.yaml");
        Files.writeString(file, "# two openings\n"
                + "- client: Acme\n  role: MLOps Engineer\n  level: senior\n  location: NYC\n"
                + "- just text\n"
                + "- client: Helix\n  role: MLOps Engineer\n  level: mid\n  location: NYC\n  budget: abc\n"
                + "- client: Quanta\n  role: MLOps Engineer\n  level: mid\n  location: NYC\n  salary: 1\n");
        List<SourceRow> rows = rows(OpeningSource.open(file));
        assertEquals(4, rows.size());
        assertEquals(2, rows.get(0).row());
        assertNull(rows.get(0).problem());
        assertEquals(6, rows.get(1).row());
        assertTrue(rows.get(1).problem().startsWith("openings.yaml:6: opening: not a mapping"), rows.get(1).problem());
        assertEquals(7, rows.get(2).row());
        InputException e = assertThrows(InputException.class, () -> build(rows.get(2)));
        assertTrue(e.getMessage().startsWith("openings.yaml:11: budget: \"abc\""), e.getMessage());
        assertTrue(rows.get(3).problem().startsWith("openings.yaml:16: salary: unknown field"), rows.get(3).problem());
    }

    @Test
    void yamlThatIsNotAListIsAnInputError() throws IOException {
        Path mapping = Files.writeString(dir.resolve("one.yaml"), "client: Acme\nrole: MLOps\n");
        assertTrue(assertThrows(InputException.class, () -> OpeningSource.open(mapping).count()).getMessage()
                .startsWith("one.yaml:1: openings: not a list"));
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "- client: Acme\n  role: [MLOps\n");
        assertTrue(assertThrows(InputException.class, () -> OpeningSource.open(broken).count()).getMessage()
                .startsWith("broken.yaml:"));
    }
}
