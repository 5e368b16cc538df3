package com.ratecard.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Engagement;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.Opening;
import com.ratecard.data.Skill;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Quote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Calculator's formulas, evaluated by POI's FormulaEvaluator (not the cached results), give
 * the engine's figures to the dollar (and cent): for the openings as generated, and after its
 * inputs are changed, against the engine pricing the changed opening.
 */
class CalculatorSheetTest {

    static Stream<Arguments> varied() {
        List<Opening> openings = Fixtures.varied();
        return java.util.stream.IntStream.range(0, openings.size()).mapToObj(i -> Arguments.of(i, openings.get(i)));
    }

    @ParameterizedTest(name = "varied opening {0}")
    @MethodSource("varied")
    void formulasGiveTheEnginesFiguresAsGenerated(int index, Opening opening) throws Exception {
        Quote quote = Fixtures.quote(opening);
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, index % 2 == 0 ? "northbeam" : "cedar-slate"))) {
            assertCalculatorEquals(quote, workbook);
        }
    }

    @Test
    void switchingTheLevelRepricesAsTheEngineWould() throws Exception {
        for (Opening opening : List.of(Fixtures.sample(), Fixtures.varied().get(1), Fixtures.varied().get(6),
                Fixtures.varied().get(11))) {
            try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, "northbeam"))) {
                for (Level level : Fixtures.MARKET.levelsByRank()) {
                    Rendered.named(workbook, "Input_Level").setCellValue(level.name());
                    assertCalculatorEquals(Fixtures.quote(opening.withLevel(level.id())), workbook);
                }
            }
        }
    }

    @Test
    void switchingTheLocationRepricesAsTheEngineWould() throws Exception {
        Opening opening = Fixtures.varied().get(2);
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, "northbeam"))) {
            for (Location location : Fixtures.MARKET.locations().items()) {
                Rendered.named(workbook, "Input_Location").setCellValue(location.name());
                assertCalculatorEquals(Fixtures.quote(opening.withLocation(location.id())), workbook);
            }
        }
    }

    @Test
    void togglingSkillsClearanceAndBudgetRepricesAsTheEngineWould() throws Exception {
        Opening opening = Fixtures.sample();
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, "cedar-slate"))) {
            List<String> skills = List.of("gpu-cluster", "feature-store", "kubernetes", "terraform");
            setToggles(workbook, skills);
            Opening changed = opening.withSkills(skills);
            assertCalculatorEquals(Fixtures.quote(changed), workbook);

            skills = List.of("llm-deployment", "kubernetes", "terraform", "ml-governance", "multi-cloud");
            setToggles(workbook, skills);
            changed = changed.withSkills(skills);
            assertCalculatorEquals(Fixtures.quote(changed), workbook);

            Rendered.named(workbook, "Input_Clearance").setCellValue("No");
            changed = changed.withClearance(com.ratecard.data.Clearance.NO);
            assertCalculatorEquals(Fixtures.quote(changed), workbook);

            for (long budget : new long[] {95_000, 240_000, 270_000, 400_000}) {
                Rendered.named(workbook, "Input_Budget").setCellValue(budget);
                changed = changed.withBudget(com.ratecard.data.Budget.annual(budget));
                assertCalculatorEquals(Fixtures.quote(changed), workbook);
            }
            Rendered.named(workbook, "Input_Budget").setBlank();
            assertCalculatorEquals(Fixtures.quote(changed.withBudget(null)), workbook);
        }
    }

    @Test
    void changingTheEffectiveDateAgesAsTheEngineWould() throws Exception {
        Opening opening = Fixtures.varied().get(5);
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, "northbeam"))) {
            for (LocalDate date : List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 3, 15), LocalDate.of(2025, 6, 1))) {
                Rendered.named(workbook, "Input_EffectiveDate").setCellValue(date);
                Opening dated = opening.with(b -> b.effectiveDate(date));
                assertCalculatorEquals(Fixtures.quote(dated), workbook);
            }
        }
    }

    @Test
    void markupAndEngagementDriveTheRatesAndHeadline() throws Exception {
        Opening opening = Fixtures.sample();
        Quote quote = Fixtures.quote(opening);
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, "northbeam"))) {
            FormulaEvaluator evaluator = evaluator(workbook);
            assertEquals(quote.fees().directHireFee().low(), headline(workbook, evaluator, "Direct hire"), 0);
            assertEquals(quote.contract().billRate().low(), headline(workbook, evaluator, Engagement.CONTRACT.label()), 0);
            assertEquals(quote.fees().contractPeriodBilling().low() + quote.fees().conversionFee().low(),
                    headline(workbook, evaluator, Engagement.CONTRACT_TO_HIRE.label()), 0);
            Rendered.named(workbook, "Input_Markup").setCellValue(0.6);
            evaluator.clearAllCachedResultValues();
            double pay = quote.contract().payRate().low();
            assertEquals(Math.round(pay * 1.6 * 100) / 100.0, value(evaluator, workbook, "Result_BillLow"), 1e-9);
            assertEquals(0.6 / 1.6, value(evaluator, workbook, "Result_Margin"), 1e-12);
        }
    }

    @Test
    void premiumSkillsAreListedInTheEnginesPricingOrder() {
        List<Skill> premium = Fixtures.MARKET.skills().items().stream().filter(Skill::premium).toList();
        Quote all = Fixtures.quote(Fixtures.sample().withSkills(premium.stream().map(Skill::id).toList()));
        List<String> engineOrder = all.adjustments().stream().filter(a -> a.kind() == AdjustmentKind.SKILL)
                .map(Adjustment::label).toList();
        List<String> calculatorOrder = com.ratecard.pricing.PremiumOrder.of(premium).stream()
                .map(s -> "Premium skill: " + s.name()).toList();
        assertEquals(engineOrder, calculatorOrder);
    }

    // ---- helpers ----

    private static double headline(XSSFWorkbook workbook, FormulaEvaluator evaluator, String engagement) {
        Rendered.named(workbook, "Input_Engagement").setCellValue(engagement);
        evaluator.clearAllCachedResultValues();
        XSSFCell fee = Rendered.named(workbook, "Result_DirectHireFeeLow");
        // The headline row follows the results block: find it by its formula label.
        var sheet = fee.getSheet();
        for (int r = fee.getRowIndex(); r <= sheet.getLastRowNum(); r++) {
            XSSFCell label = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(0);
            if (label != null && label.getCellType() == CellType.FORMULA) {
                return evaluator.evaluate(sheet.getRow(r).getCell(fee.getColumnIndex())).getNumberValue();
            }
        }
        throw new AssertionError("no engagement headline row");
    }

    private static void setToggles(XSSFWorkbook workbook, List<String> skillIds) {
        for (String name : List.of("Input_PremiumSkills", "Input_ComboSkills")) {
            var ref = new org.apache.poi.ss.util.AreaReference(workbook.getName(name).getRefersToFormula(),
                    workbook.getSpreadsheetVersion());
            var sheet = workbook.getSheet(ref.getFirstCell().getSheetName());
            for (int r = ref.getFirstCell().getRow(); r <= ref.getLastCell().getRow(); r++) {
                String skillName = sheet.getRow(r).getCell(0).getStringCellValue();
                boolean on = skillIds.stream().anyMatch(id -> Fixtures.MARKET.skills().resolve(id).name().equals(skillName));
                sheet.getRow(r).getCell(ref.getFirstCell().getCol()).setCellValue(on ? "Yes" : "No");
            }
        }
    }

    static FormulaEvaluator evaluator(XSSFWorkbook workbook) {
        return workbook.getCreationHelper().createFormulaEvaluator();
    }

    static double value(FormulaEvaluator evaluator, XSSFWorkbook workbook, String name) {
        CellValue value = evaluator.evaluate(Rendered.named(workbook, name));
        assertEquals(CellType.NUMERIC, value.getCellType(), name + " is not a number: " + value.formatAsString());
        return value.getNumberValue();
    }

    private static String string(FormulaEvaluator evaluator, XSSFWorkbook workbook, String name) {
        CellValue value = evaluator.evaluate(Rendered.named(workbook, name));
        return value.getCellType() == CellType.STRING ? value.getStringValue() : value.formatAsString();
    }

    /**
     * Every Result_* figure, evaluated afresh, equals the quote's: the engine rounds as Excel's
     * ROUND does (15 significant digits, then half up), so even half-cent ties agree.
     */
    static void assertCalculatorEquals(Quote q, XSSFWorkbook workbook) {
        FormulaEvaluator evaluator = evaluator(workbook);
        evaluator.clearAllCachedResultValues();
        List<String> failures = new ArrayList<>();
        check(failures, evaluator, workbook, "Result_RecommendedLow", q.recommendedBase().low());
        check(failures, evaluator, workbook, "Result_RecommendedHigh", q.recommendedBase().high());
        check(failures, evaluator, workbook, "Result_Midpoint", q.recommendedBase().midpoint());
        check(failures, evaluator, workbook, "Result_TotalCompLow", q.totalComp().range().low());
        check(failures, evaluator, workbook, "Result_TotalCompHigh", q.totalComp().range().high());
        check(failures, evaluator, workbook, "Result_PayLow", q.contract().payRate().low());
        check(failures, evaluator, workbook, "Result_PayHigh", q.contract().payRate().high());
        check(failures, evaluator, workbook, "Result_BillLow", q.contract().billRate().low());
        check(failures, evaluator, workbook, "Result_BillHigh", q.contract().billRate().high());
        check(failures, evaluator, workbook, "Result_DirectHireFeeLow", q.fees().directHireFee().low());
        check(failures, evaluator, workbook, "Result_DirectHireFeeHigh", q.fees().directHireFee().high());
        check(failures, evaluator, workbook, "Result_ConversionFeeLow", q.fees().conversionFee().low());
        check(failures, evaluator, workbook, "Result_ConversionFeeHigh", q.fees().conversionFee().high());
        check(failures, evaluator, workbook, "Result_ContractBillingLow", q.fees().contractPeriodBilling().low());
        check(failures, evaluator, workbook, "Result_ContractBillingHigh", q.fees().contractPeriodBilling().high());
        check(failures, evaluator, workbook, "Result_MarketLow", q.marketForOpening().low());
        check(failures, evaluator, workbook, "Result_MarketHigh", q.marketForOpening().high());
        check(failures, evaluator, workbook, "Result_P10", q.percentilesForOpening().p10());
        check(failures, evaluator, workbook, "Result_P25", q.percentilesForOpening().p25());
        check(failures, evaluator, workbook, "Result_P50", q.percentilesForOpening().p50());
        check(failures, evaluator, workbook, "Result_P75", q.percentilesForOpening().p75());
        check(failures, evaluator, workbook, "Result_P90", q.percentilesForOpening().p90());
        if (q.hasBudget()) {
            check(failures, evaluator, workbook, "Result_Percentile", q.budget().percentile());
            check(failures, evaluator, workbook, "Result_Floor", q.budget().floor());
            check(failures, evaluator, workbook, "Result_Gap", q.budget().gap());
            double pct = value(evaluator, workbook, "Result_GapPct");
            if (Math.abs(pct * 100 - q.budget().gapPct()) > 1e-9) failures.add("Result_GapPct " + pct);
            String verdict = string(evaluator, workbook, "Result_Verdict");
            if (!verdict.equals(q.budget().verdict().label())) failures.add("Result_Verdict " + verdict + " != " + q.budget().verdict().label());
        } else {
            String verdict = string(evaluator, workbook, "Result_Verdict");
            if (!verdict.equals("no budget given")) failures.add("Result_Verdict without budget: " + verdict);
        }
        assertTrue(failures.isEmpty(), () -> q.opening().role() + "/" + q.level().id() + "/" + q.location().id()
                + "/" + q.opening().skills() + ": " + failures);
    }

    private static void check(List<String> failures, FormulaEvaluator evaluator, XSSFWorkbook workbook, String name,
                              double expected) {
        double actual = value(evaluator, workbook, name);
        // Dollars and cents are exact after ROUND; allow only floating-point noise.
        if (Math.abs(actual - expected) > 1e-6) failures.add(name + " " + actual + " != " + expected);
    }
}
