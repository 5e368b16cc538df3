package com.ratecard.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Budget;
import com.ratecard.data.Clearance;
import com.ratecard.data.Engagement;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.Opening;
import com.ratecard.data.PolicyKey;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.steps.Definition;
import com.ratecard.pricing.steps.Figure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Calculator's formulas, evaluated by POI's FormulaEvaluator (not the cached results), give
 * every figure of the engine's steps exactly: for the openings as generated, and after any input
 * is changed, against the engine pricing the changed opening.
 */
class CalculatorSheetTest {

    static Stream<Arguments> varied() {
        List<Opening> openings = Fixtures.varied();
        return java.util.stream.IntStream.range(0, openings.size()).mapToObj(i -> Arguments.of(i, openings.get(i)));
    }

    @ParameterizedTest(name = "varied opening {0}")
    @MethodSource("varied")
    void everyFigureEqualsTheEnginesAsGenerated(int index, Opening opening) throws Exception {
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, index % 2 == 0 ? "northbeam" : "cedar-slate"))) {
            assertCalculatorEquals(Fixtures.quote(opening), workbook);
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
        for (Opening opening : List.of(Fixtures.varied().get(2), Fixtures.varied().get(5))) {
            try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, "northbeam"))) {
                for (Location location : Fixtures.MARKET.locations().items()) {
                    Rendered.named(workbook, "Input_Location").setCellValue(location.name());
                    assertCalculatorEquals(Fixtures.quote(opening.with(b -> b.location(location.id())
                            .workArrangement(location.remote() ? com.ratecard.data.WorkArrangement.REMOTE : null))), workbook);
                }
            }
        }
    }

    @Test
    void togglingSkillsClearanceEngagementAndBudgetRepricesAsTheEngineWould() throws Exception {
        Opening opening = Fixtures.sample();
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, "cedar-slate"))) {
            List<String> skills = List.of("gpu-cluster", "feature-store", "kubernetes", "terraform");
            setToggles(workbook, skills);
            Opening changed = opening.withSkills(skills);
            assertCalculatorEquals(Fixtures.quote(changed), workbook);

            setToggles(workbook, List.of("llm-deployment", "kubernetes", "terraform", "ml-governance"));
            changed = opening.withSkills(List.of("llm-deployment", "kubernetes", "terraform", "ml-governance"));
            assertCalculatorEquals(Fixtures.quote(changed), workbook);

            Rendered.named(workbook, "Input_Clearance").setCellValue("No");
            changed = changed.withClearance(Clearance.NO);
            assertCalculatorEquals(Fixtures.quote(changed), workbook);

            for (long budget : new long[] {95_000, 150_000, 240_000, 270_000, 400_000}) {
                Rendered.named(workbook, "Input_Budget").setCellValue(budget);
                changed = changed.withBudget(Budget.annual(budget));
                assertCalculatorEquals(Fixtures.quote(changed), workbook);
            }
            for (Engagement engagement : Engagement.values()) {
                Rendered.named(workbook, "Input_Engagement").setCellValue(engagement.label());
                changed = changed.withEngagement(engagement);
                assertCalculatorEquals(Fixtures.quote(changed), workbook);
            }
            Rendered.named(workbook, "Input_BudgetHourly").setCellValue("Yes");
            for (double hourly : new double[] {80, 104.95, 120.5, 160}) {
                Rendered.named(workbook, "Input_Budget").setCellValue(hourly);
                changed = changed.withBudget(Budget.hourly(hourly));
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
                assertCalculatorEquals(Fixtures.quote(opening.with(b -> b.effectiveDate(date))), workbook);
            }
        }
    }

    @Test
    void aRemoteOpeningHeldAtTheFloorRecomputesTheFloor() throws Exception {
        Opening remote = Fixtures.opening("MLOps Engineer", "mid", "Remote", List.of(), false, Engagement.DIRECT_HIRE, 128_000L);
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(remote, "northbeam"))) {
            assertCalculatorEquals(Fixtures.quote(remote), workbook);
            Rendered.named(workbook, "Input_Level").setCellValue("Entry-Level");
            assertCalculatorEquals(Fixtures.quote(remote.withLevel("entry")), workbook);
        }
    }

    @Test
    void theClientsCalculatorHoldsNoneOfTheAgencysFigures() throws Exception {
        try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(Fixtures.sample(), "northbeam"))) {
            assertNull(workbook.getName("Input_Markup"));
            assertNull(workbook.getName(FormulaWriter.name(PolicyKey.MARKUP)));
            for (Definition d : Fixtures.quote(Fixtures.sample()).steps().definitions()) {
                if (d.figure().internal()) assertNull(workbook.getName(FormulaWriter.name(d.figure())), d.figure().toString());
            }
        }
    }

    @Test
    void everyFormulaIsValidAndItsCachedResultIsWhatItComputes() throws Exception {
        for (Opening opening : List.of(Fixtures.sample(), Fixtures.varied().get(3), Fixtures.varied().get(8),
                Fixtures.varied().get(13).withBudget(null))) {
            try (XSSFWorkbook workbook = Rendered.workbook(Fixtures.document(opening, "northbeam"))) {
                FormulaEvaluator evaluator = evaluator(workbook);
                List<String> failures = new ArrayList<>();
                int formulas = 0;
                for (var sheet : workbook) {
                    for (var row : sheet) {
                        for (var cell : row) {
                            if (cell.getCellType() != CellType.FORMULA) continue;
                            formulas++;
                            CellValue fresh = evaluator.evaluate(cell);
                            String where = sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula();
                            if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                                if (fresh.getCellType() != CellType.NUMERIC
                                        || Math.abs(fresh.getNumberValue() - cell.getNumericCellValue()) > 1e-9 * Math.max(1, Math.abs(fresh.getNumberValue()))) {
                                    failures.add(where + ": cached " + cell.getNumericCellValue() + ", computes " + fresh.formatAsString());
                                }
                            } else if (fresh.getCellType() != CellType.STRING || !fresh.getStringValue().equals(cell.getStringCellValue())) {
                                failures.add(where + ": cached \"" + cell.getStringCellValue() + "\", computes " + fresh.formatAsString());
                            }
                        }
                    }
                }
                assertTrue(formulas > 60, "the Calculator's formulas: " + formulas);
                assertTrue(failures.isEmpty(), failures.toString());
            }
        }
    }

    // ---- helpers ----

    private static void setToggles(XSSFWorkbook workbook, List<String> skillIds) {
        for (var skill : Fixtures.MARKET.skills().items()) {
            var name = workbook.getName("Input_Skill_" + FormulaWriter.clean(skill.id()));
            if (name == null) continue;
            Rendered.named(workbook, name.getNameName()).setCellValue(skillIds.contains(skill.id()) ? "Yes" : "No");
        }
    }

    static FormulaEvaluator evaluator(XSSFWorkbook workbook) {
        return workbook.getCreationHelper().createFormulaEvaluator();
    }

    /**
     * Every figure of the steps the workbook shows, evaluated afresh, equals the engine's value
     * for that figure: the engine rounds as Excel's ROUND does, so even half-cent ties agree.
     * An absent figure (no budget) is an empty string in the workbook.
     */
    static void assertCalculatorEquals(Quote q, XSSFWorkbook workbook) {
        FormulaEvaluator evaluator = evaluator(workbook);
        evaluator.clearAllCachedResultValues();
        List<String> failures = new ArrayList<>();
        for (Definition d : q.steps().clientDefinitions()) {
            Figure figure = d.figure();
            double expected = q.values().get(figure);
            CellValue actual = evaluator.evaluate(Rendered.named(workbook, FormulaWriter.name(figure)));
            if (Double.isNaN(expected)) {
                if (!(actual.getCellType() == CellType.STRING && actual.getStringValue().isEmpty())) {
                    failures.add(figure + " " + actual.formatAsString() + " != (absent)");
                }
            } else if (actual.getCellType() != CellType.NUMERIC) {
                failures.add(figure + " " + actual.formatAsString() + " != " + expected);
            } else if (Math.abs(actual.getNumberValue() - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
                failures.add(figure + " " + actual.getNumberValue() + " != " + expected);
            }
        }
        CellValue verdict = evaluator.evaluate(Rendered.named(workbook, "Result_Verdict"));
        String expected = q.hasBudget() ? q.budget().verdict().label() : "no budget given";
        if (!expected.equals(verdict.getStringValue())) failures.add("verdict " + verdict.formatAsString() + " != " + expected);
        assertTrue(failures.isEmpty(), () -> q.opening().role() + "/" + q.level().id() + "/" + q.location().id()
                + "/" + q.opening().skills() + ": " + failures);
        assertFalse(q.steps().clientDefinitions().isEmpty());
        assertEquals(q.recommendedBase().low(), q.values().dollars(com.ratecard.pricing.steps.FigureKind.RECOMMENDED_LOW));
    }
}
