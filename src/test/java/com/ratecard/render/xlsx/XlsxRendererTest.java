package com.ratecard.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.Opening;
import com.ratecard.data.PolicyValue;
import com.ratecard.data.Role;
import com.ratecard.data.Skill;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Explanation;
import com.ratecard.pricing.Lever;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.SourceQuote;
import com.ratecard.render.QuoteDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each generated workbook, read back with POI: every sheet's figures are the quote's, and the workbook is well made. */
class XlsxRendererTest {
    private static final List<String> VISIBLE = List.of("Summary", "Market", "Locations", "Roles", "Premiums",
            "Calculator", "Method & sources");

    @ParameterizedTest
    @ValueSource(strings = {"northbeam", "cedar-slate"})
    void bothBrandsGiveValidWorkbooksWithTheSheetsInOrder(String brand) throws IOException {
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(Fixtures.sample(), brand))) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : workbook) names.add(sheet.getSheetName());
            assertEquals(List.of("Summary", "Market", "Locations", "Roles", "Premiums", "Calculator", "Method & sources",
                    "Tables"), names);
            assertEquals(SheetVisibility.HIDDEN, workbook.getSheetVisibility(workbook.getSheetIndex("Tables")));
            assertEquals(0, workbook.getActiveSheetIndex());
            var brandName = Fixtures.brand(brand).name();
            assertEquals(brandName, workbook.getProperties().getExtendedProperties().getCompany());
            // The header fill and the font family are the brand's.
            XSSFCellStyle header = Rendered.row(workbook.getSheet("Roles"), "Role").getCell(0).getCellStyle();
            assertEquals(Fixtures.brand(brand).primary().rgb(), hex(header.getFillForegroundColorColor().getRGB()));
            assertEquals(Fixtures.brand(brand).font().family(), header.getFont().getFontName());
        }
    }

    @Test
    void summaryShowsTheQuote() throws IOException {
        Quote q = Fixtures.quote(Fixtures.sample());
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(Fixtures.sample(), "northbeam"))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertRange(summary, "Recommended base salary", q.recommendedBase().low(), q.recommendedBase().high());
            assertRange(summary, "Total compensation", q.totalComp().range().low(), q.totalComp().range().high());
            assertThrows(AssertionError.class, () -> Rendered.row(summary, "Contract pay rate (per hour)"), "the client never sees the pay rate");
            assertRange(summary, "Contract bill rate (per hour)", q.contract().billRate().low(), q.contract().billRate().high());
            assertRange(summary, "Direct-hire fee", q.fees().directHireFee().low(), q.fees().directHireFee().high());
            assertRange(summary, "Contract-to-hire: conversion fee", q.fees().conversionFee().low(), q.fees().conversionFee().high());
            assertRange(summary, "Contract-to-hire: contract-period billing", q.fees().contractPeriodBilling().low(),
                    q.fees().contractPeriodBilling().high());
            assertRange(summary, "Hiring market for this opening (P10-P90)", q.percentiles().p10(), q.percentiles().p90());
            assertEquals(q.timeToFillDays(), Rendered.number(Rendered.row(summary, "Time to fill"), 1));

            XSSFRow budget = Rendered.row(summary, "Client budget (a year)");
            assertEquals(q.budget().amount(), Rendered.number(budget, 1));
            assertEquals(q.budget().verdict().label(), Rendered.text(budget, 2));
            for (Lever lever : q.budget().levers()) {
                XSSFRow row = Rendered.row(summary, lever.label());
                assertEquals(lever.effect(), Rendered.number(row, 1));
                assertEquals(lever.newMinimum(), Rendered.number(row, 2));
                assertEquals(lever.closesGap() ? "yes" : "no", Rendered.text(row, 3));
            }
            assertEquals(q.opening().client(), Rendered.text(Rendered.row(summary, "Client"), 1));
            assertTrue(Rendered.text(summary.getRow(1), 0).contains(q.role().name()));
            assertTrue(highlighted(Rendered.row(summary, "Recommended base salary").getCell(0)));
            assertTrue(highlighted(Rendered.row(summary, "Direct-hire fee").getCell(0)), "the engagement's figure stands out");
            assertFalse(highlighted(Rendered.row(summary, "Total compensation").getCell(0)));
        }
    }

    @Test
    void summaryWithoutBudgetSaysSoAndTheCalculatorHasNoVerdict() throws IOException {
        Opening opening = Fixtures.sample().withBudget(null);
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, "northbeam"))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            boolean said = false;
            for (Row row : summary) {
                Cell cell = row.getCell(0);
                if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("No budget")) said = true;
            }
            assertTrue(said);
            assertEquals(CellType.BLANK, Rendered.named(workbook, "Input_Budget").getCellType());
            assertEquals("no budget given", Rendered.named(workbook, "Result_Verdict").getStringCellValue());
        }
    }

    @Test
    void marketShowsTheSourcesBlendAndPercentilesOfEveryLevel() throws IOException {
        Opening opening = Fixtures.varied().get(6); // a derived role: scaled sources
        Quote q = Fixtures.quote(opening);
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, "northbeam"))) {
            XSSFSheet market = workbook.getSheet("Market");
            for (Level level : Fixtures.MARKET.levelsByRank()) {
                Quote atLevel = Fixtures.quote(opening.withLevel(level.id()));
                List<XSSFRow> rows = rows(market, level.name());
                assertEquals(2, rows.size(), "a row in each table for " + level.name());
                List<SourceQuote> sources = atLevel.market().sources();
                for (int i = 0; i < sources.size(); i++) {
                    assertEquals(sources.get(i).low(), Rendered.number(rows.get(0), 2 + 2 * i));
                    assertEquals(sources.get(i).high(), Rendered.number(rows.get(0), 3 + 2 * i));
                }
                XSSFRow blend = rows.get(1);
                assertEquals(atLevel.market().blended().low(), Rendered.number(blend, 1));
                assertEquals(atLevel.market().blended().high(), Rendered.number(blend, 2));
                assertEquals(atLevel.recommendedBase().low(), Rendered.number(blend, 3));
                assertEquals(atLevel.recommendedBase().high(), Rendered.number(blend, 4));
                assertEquals(atLevel.market().confidence().label(), Rendered.text(blend, 6));
                assertEquals(level.equals(q.level()), highlighted(rows.get(0).getCell(2)), level.name());
                assertEquals(level.equals(q.level()), highlighted(blend.getCell(1)), level.name());
            }
            XSSFRow forOpening = Rendered.row(market, "Hiring market for this opening");
            assertEquals(q.hiring().range().low(), Rendered.number(forOpening, 1));
            assertEquals(q.percentiles().p25(), Rendered.number(forOpening, 4));
        }
    }

    @Test
    void locationsListEveryMarketWithThisOpeningPricedThere() throws IOException {
        Quote q = Fixtures.quote(Fixtures.sample());
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(Fixtures.sample(), "cedar-slate"))) {
            XSSFSheet sheet = workbook.getSheet("Locations");
            for (Location location : Fixtures.MARKET.locations().items()) {
                XSSFRow row = Rendered.row(sheet, location.name());
                assertEquals(location.salaryLow(), Rendered.number(row, 1));
                assertEquals(location.salaryHigh(), Rendered.number(row, 2));
                assertEquals(location.diffLowPct() / 100, Rendered.number(row, 3), 1e-12);
                assertEquals(location.diffHighPct() / 100, Rendered.number(row, 4), 1e-12);
                assertEquals(location.equals(q.location()), highlighted(row.getCell(0)), location.name());
                Quote there = Fixtures.quote(Fixtures.sample().with(b -> b.location(location.id())
                        .workArrangement(location.remote() ? com.ratecard.data.WorkArrangement.REMOTE : null)).withBudget(null));
                assertEquals(there.recommendedBase().low(), Rendered.number(row, 6), location.name());
                assertEquals(there.recommendedBase().high(), Rendered.number(row, 7), location.name());
                assertEquals(CellType.NUMERIC, row.getCell(6).getCellType(), "the engine's figure, not a second formula");
            }
        }
    }

    @Test
    void rolesAndPremiumsShowTheGuidesTables() throws IOException {
        Quote q = Fixtures.quote(Fixtures.sample());
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(Fixtures.sample(), "northbeam"))) {
            XSSFSheet roles = workbook.getSheet("Roles");
            for (Role role : Fixtures.MARKET.roles().items()) {
                XSSFRow row = Rendered.row(roles, role.name());
                assertEquals(List.of((double) role.nationalLow(), (double) role.nationalHigh(), (double) role.seniorLow(),
                        (double) role.seniorHigh()), List.of(Rendered.number(row, 1), Rendered.number(row, 2),
                        Rendered.number(row, 3), Rendered.number(row, 4)));
                assertEquals(role.equals(q.role()), highlighted(row.getCell(0)));
            }
            XSSFSheet premiums = workbook.getSheet("Premiums");
            List<Adjustment> skillLines = q.adjustments().stream().filter(a -> a.kind() == AdjustmentKind.SKILL).toList();
            for (Skill skill : Fixtures.MARKET.skills().items()) {
                XSSFRow row = Rendered.row(premiums, skill.name());
                boolean asked = q.skills().contains(skill);
                assertEquals(asked, highlighted(row.getCell(0)), skill.name());
                if (skill.premium()) {
                    assertEquals(skill.premiumLow(), Rendered.number(row, 1));
                    assertEquals(skill.premiumHigh(), Rendered.number(row, 2));
                }
            }
            XSSFRow llm = Rendered.row(premiums, "LLM deployment and fine-tuning");
            assertEquals(skillLines.get(0).effectLow(), Rendered.number(llm, 4));
            XSSFRow combo = Rendered.row(premiums, Fixtures.MARKET.combos().get(0).name());
            assertEquals(q.adjustments().stream().filter(a -> a.kind() == AdjustmentKind.COMBO).findFirst().orElseThrow()
                    .effectLow(), Rendered.number(combo, 4));
            XSSFRow clearance = Rendered.row(premiums, "Security clearance for defense work");
            assertEquals(15_000, Rendered.number(clearance, 1));
            assertEquals("required", Rendered.text(clearance, 3));
        }
    }

    @Test
    void methodSheetExplainsThePriceInTheClientsTermsWithTheGuidesReasons() throws IOException {
        Quote q = Fixtures.quote(Fixtures.sample());
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(Fixtures.sample(), "northbeam"))) {
            XSSFSheet method = workbook.getSheet("Method & sources");
            for (var source : Fixtures.MARKET.sources()) {
                assertEquals(source.provenance().cite(), Rendered.text(Rendered.row(method, source.name()), 2));
            }
            for (var line : q.adjustments()) assertNotNull(Rendered.row(method, line.label()), line.label());
            for (var b : q.benchmarks()) {
                XSSFRow row = Rendered.row(method, b.label());
                assertEquals(com.ratecard.pricing.Money.range(b.range()), Rendered.text(row, 1));
                if (!b.why().isEmpty()) assertTrue(Rendered.text(row, 3).contains(b.why()), b.id());
            }
            assertTrue(Rendered.text(method.getRow(1), 0).contains(com.ratecard.render.DocumentFormat.US.date(q.dataAsOf())));
            StringBuilder all = new StringBuilder();
            for (var row : method) for (var cell : row) if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                all.append(cell.getStringCellValue()).append('\n');
            }
            String text = all.toString();
            assertFalse(text.contains(".csv"), "no data files or lines for the client");
            for (PolicyValue value : Fixtures.MARKET.policy().all()) assertFalse(text.contains(value.key().key() + " "), value.key().key());
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("markup"), text);
            assertTrue(text.contains("The Calculator's formulas are these same steps"), text);
        }
    }

    @Test
    void formatsNamesFrozenPanesProtectionAndPrintSetup() throws IOException {
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(Fixtures.sample(), "cedar-slate"))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            XSSFRow rec = Rendered.row(summary, "Recommended base salary");
            assertEquals("$#,##0", rec.getCell(1).getCellStyle().getDataFormatString());
            assertEquals("$#,##0.00", Rendered.row(summary, "Contract bill rate (per hour)").getCell(1).getCellStyle()
                    .getDataFormatString());
            assertEquals("+0%;-0%;0%", Rendered.row(workbook.getSheet("Locations"), "Chicago").getCell(4).getCellStyle()
                    .getDataFormatString());
            for (String name : List.of("Input_Level", "Input_Location", "Input_Clearance", "Input_Engagement",
                    "Input_Budget", "Input_BudgetHourly", "Input_EffectiveDate", "Input_PremiumSkills", "F_RECOMMENDED_LOW",
                    "Result_Verdict", "Levels_Base", "Markets_FactorLow", "Skills_Band")) {
                assertNotNull(workbook.getName(name), name);
            }
            for (String name : VISIBLE) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertNotNull(sheet.getPaneInformation(), name + " has frozen rows");
                assertTrue(sheet.getPaneInformation().isFreezePane(), name);
                assertTrue(sheet.getProtect(), name + " is protected");
                assertTrue(sheet.getPrintSetup().getLandscape(), name);
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), name);
                assertTrue(sheet.getFitToPage(), name);
                assertEquals("&BCedar && Slate Technical Staffing", sheet.getHeader().getLeft().replace("&B", "&B"), name);
                assertTrue(sheet.getFooter().getRight().contains("&P"), name + " numbers its pages");
            }
            // Without a password: no hash to break.
            assertNull(workbook.getSheet("Calculator").getCTWorksheet().getSheetProtection().xgetPassword());
            assertFalse(Rendered.named(workbook, "Input_Level").getCellStyle().getLocked(), "inputs are editable");
            assertTrue(Rendered.named(workbook, "F_RECOMMENDED_LOW").getCellStyle().getLocked(), "formulas are locked");
            assertEquals(CellType.FORMULA, Rendered.named(workbook, "F_RECOMMENDED_LOW").getCellType());
            assertTrue(workbook.getSheet("Calculator").getDataValidations().size() >= 7, "drop-downs and checks on inputs");
        }
    }

    @Test
    void calculatorCachesItsResultsForReadersThatDoNotRecalculate() throws IOException {
        Quote q = Fixtures.quote(Fixtures.sample());
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(Fixtures.sample(), "northbeam"))) {
            assertEquals(q.recommendedBase().low(), Rendered.named(workbook, "F_RECOMMENDED_LOW").getNumericCellValue());
            assertEquals(q.contract().billRate().high(), Rendered.named(workbook, "F_BILL_HIGH").getNumericCellValue());
            assertEquals(q.budget().verdict().label(), Rendered.named(workbook, "Result_Verdict").getStringCellValue());
            assertTrue(workbook.getForceFormulaRecalculation());
        }
    }

    @Test
    void chartsLogosAndPropertiesArePresent(@TempDir Path dir) throws IOException {
        Path clientLogo = dir.resolve("client.png");
        Files.copy(Fixtures.brand("cedar-slate").logo(), clientLogo);
        Quote q = Fixtures.quote(Fixtures.sample());
        QuoteDocument coBranded = new QuoteDocument(q, Fixtures.brand("northbeam"), clientLogo, Fixtures.ISSUED,
                "Priya Natarajan", "priya@northbeam.example");
        try (XSSFWorkbook workbook = Rendered.workbook(coBranded)) {
            assertEquals(2, workbook.getAllPictures().size(), "brand and client logos");
            XSSFDrawing summary = workbook.getSheet("Summary").getDrawingPatriarch();
            assertEquals(2, summary.getShapes().stream().filter(s -> s instanceof XSSFPicture).count());
            List<XSSFChart> charts = summary.getCharts();
            assertEquals(1, charts.size());
            assertEquals(1, workbook.getSheet("Locations").getDrawingPatriarch().getCharts().size());
            assertTrue(charts.get(0).getTitleText().getString().contains("ranges"));
            assertEquals(2, charts.get(0).getChartSeries().get(0).getSeriesCount(), "from and span series");

            var core = workbook.getProperties().getCoreProperties();
            assertTrue(core.getTitle().contains("Senior MLOps Engineer"), core.getTitle());
            assertTrue(core.getTitle().endsWith("Acme Robotics"), core.getTitle());
            assertEquals("Priya Natarajan", core.getCreator());
            assertEquals("Northbeam Talent Partners", workbook.getProperties().getExtendedProperties().getCompany());
        }
    }

    @Test
    void aClientLogoThatIsNoImageIsRefused(@TempDir Path dir) throws IOException {
        Path notAnImage = Files.writeString(dir.resolve("logo.png"), "not a picture");
        QuoteDocument document = new QuoteDocument(Fixtures.quote(Fixtures.sample()), Fixtures.brand("northbeam"),
                notAnImage, Fixtures.ISSUED, null, null);
        IOException e = assertThrows(IOException.class, () -> Rendered.RENDERER.render(document, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("not a PNG or JPEG"), e.getMessage());
    }

    @Test
    void styleCountStaysSmall() throws IOException {
        for (Opening opening : Fixtures.varied().subList(0, 6)) {
            try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, "northbeam"))) {
                assertTrue(workbook.getNumCellStyles() < 60, "styles: " + workbook.getNumCellStyles());
                assertTrue(workbook.getNumberOfFonts() < 30, "fonts: " + workbook.getNumberOfFonts());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "=1+1", "Zoë Łukasiewicz",
            "Tab\tand _x0041_ escape", "控股有限公司"})
    void hostileAndForeignClientNamesStayText(String client) throws IOException {
        Opening opening = withClient(Fixtures.sample(), client, client);
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, "northbeam"))) {
            XSSFCell cell = Rendered.row(workbook.getSheet("Summary"), "Client").getCell(1);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals(client, cell.getStringCellValue());
            XSSFCell notes = Rendered.row(workbook.getSheet("Summary"), "Notes").getCell(1);
            assertEquals(CellType.STRING, notes.getCellType());
            assertEquals(client, notes.getStringCellValue());
            boolean formulaLike = "=+-@".indexOf(client.charAt(0)) >= 0;
            assertEquals(formulaLike, cell.getCellStyle().getQuotePrefixed(), "quote prefix keeps it text when edited");
            assertOnlyOwnFormulas(workbook);
            assertTrue(workbook.getProperties().getCoreProperties().getTitle().endsWith(client.replace('\t', ' ')));
        }
    }

    @Test
    void veryLongClientNamesAreCutAtTheCellLimit() throws IOException {
        String client = "Acme " + "x".repeat(40_000);
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(withClient(Fixtures.sample(), client, null), "northbeam"))) {
            String written = Rendered.row(workbook.getSheet("Summary"), "Client").getCell(1).getStringCellValue();
            assertEquals(32_767, written.length());
            assertTrue(client.startsWith(written));
            String subtitle = workbook.getSheet("Summary").getRow(2).getCell(0).getStringCellValue();
            assertTrue(subtitle.length() < 300, "headings show a short form");
            assertTrue(workbook.getProperties().getCoreProperties().getTitle().length() <= 250);
        }
    }

    @Test
    void oneRendererServesManyThreads() throws Exception {
        List<Opening> openings = Fixtures.varied().subList(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<XSSFWorkbook>> futures = new ArrayList<>();
            for (int i = 0; i < openings.size(); i++) {
                Opening opening = openings.get(i);
                String brand = i % 2 == 0 ? "northbeam" : "cedar-slate";
                futures.add(pool.submit(() -> Rendered.workbook(Fixtures.document(opening, brand))));
            }
            for (int i = 0; i < openings.size(); i++) {
                try (XSSFWorkbook workbook = futures.get(i).get()) {
                    CalculatorSheetTest.assertCalculatorEquals(Fixtures.quote(openings.get(i)), workbook);
                    assertEquals(Fixtures.quote(openings.get(i)).recommendedBase().low(),
                            Rendered.number(Rendered.row(workbook.getSheet("Summary"), "Recommended base salary"), 1));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void formatIsXlsx() {
        assertEquals("xlsx", Rendered.RENDERER.format());
    }

    // ---- helpers ----

    private static void assertRange(XSSFSheet sheet, String label, double low, double high) {
        XSSFRow row = Rendered.row(sheet, label);
        assertEquals(low, Rendered.number(row, 1), label);
        assertEquals(high, Rendered.number(row, 2), label);
    }

    private static List<XSSFRow> rows(XSSFSheet sheet, String label) {
        List<XSSFRow> out = new ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) out.add((XSSFRow) row);
        }
        return out;
    }

    /** Whether a cell carries the highlight's fill (the brand's accent, lightened). */
    private static boolean highlighted(XSSFCell cell) {
        XSSFCellStyle style = cell.getCellStyle();
        return style.getFillForegroundColorColor() != null && style.getFont().getBold()
                && style.getFillPattern() == org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND
                && !hex(style.getFillForegroundColorColor().getRGB()).equals(Fixtures.brand("northbeam").primary().rgb())
                && !hex(style.getFillForegroundColorColor().getRGB()).equals(Fixtures.brand("cedar-slate").primary().rgb())
                && !hex(style.getFillForegroundColorColor().getRGB()).equals("FFF2CC");
    }

    private static String hex(byte[] rgb) {
        return String.format("%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
    }

    /** Formulas only where the renderer writes them: the Calculator, the Locations' base columns. */
    private static void assertOnlyOwnFormulas(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) continue;
                    String where = sheet.getSheetName() + "!" + cell.getAddress();
                    assertTrue(sheet.getSheetName().equals("Calculator") || sheet.getSheetName().equals("Locations"), where);
                    assertFalse(cell.getCellFormula().contains("HYPERLINK") || cell.getCellFormula().contains("SUM(A1)"), where);
                }
            }
        }
    }

    private static Opening withClient(Opening o, String client, String notes) {
        return o.with(b -> b.client(client).notes(notes));
    }

}
