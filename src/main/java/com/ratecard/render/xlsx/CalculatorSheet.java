package com.ratecard.render.xlsx;

import com.ratecard.data.MarketData;
import com.ratecard.data.Policy;
import com.ratecard.data.PolicyKey;
import com.ratecard.data.PolicyValue;
import com.ratecard.data.Skill;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.Verdict;
import com.ratecard.pricing.steps.Definition;
import com.ratecard.pricing.steps.Expr;
import com.ratecard.pricing.steps.Figure;
import com.ratecard.pricing.steps.FigureKind;
import com.ratecard.pricing.steps.Steps;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;

/**
 * The Calculator: input cells (named Input_*) and the pricing steps written as live formulas, one
 * named cell per figure (F_*), laid out as a build-up. The formulas are the engine's own steps
 * ({@link Steps}) in Excel's words ({@link FormulaWriter}), so with the inputs as generated every
 * figure equals the quote and changing an input reprices as the engine would. Every figure the
 * steps define for this workbook gets a cell, or rendering fails: the sheet can't fall behind
 * the engine. The role stays as generated.
 */
final class CalculatorSheet {
    private static final int LABEL = 0;
    private static final int VALUE = 1;
    private static final int SECOND = 2;
    private static final int LOW = 3;
    private static final int HIGH = 4;
    private static final int NOTE = 5;
    private static final int LAST = 7;
    // The premium-skills table's columns.
    private static final int BAND_LOW = 2;
    private static final int BAND_HIGH = 3;
    private static final int SHARE = 4;
    private static final int ADDED_LOW = 5;
    private static final int ADDED_HIGH = 6;
    private static final String YES = FormulaWriter.YES;
    private static final String NO = "No";

    private final RenderContext context;
    private final Grid grid;
    private final XSSFDataValidationHelper validations;
    private final Steps steps;
    private final Map<Figure, Definition> definitions = new LinkedHashMap<>();
    private final Set<Figure> placed = new HashSet<>();
    private final Map<String, String> toggles = new LinkedHashMap<>();
    private final List<Pending> pending = new java.util.ArrayList<>();
    private FormulaWriter formulas;
    private int row;

    /** A formula to write once every cell has its name: POI resolves names as it parses. */
    private record Pending(int row, int col, java.util.function.Supplier<String> formula, double result, String text,
                           Look look) {}

    private CalculatorSheet(RenderContext context) {
        this.context = context;
        this.grid = context.grid(WorkbookTemplate.CALCULATOR);
        this.validations = new XSSFDataValidationHelper(grid.sheet());
        this.steps = context.quote().steps();
        for (Definition d : context.definitions()) definitions.put(d.figure(), d);
    }

    static void write(RenderContext context) {
        new CalculatorSheet(context).write();
    }

    private void write() {
        Quote q = context.quote();
        grid.text(0, LABEL, "Calculator", Look.TITLE);
        grid.merge(0, LABEL, LAST);
        note(1, LABEL, "Change the yellow inputs and every figure below recomputes with the pricing engine's own steps "
                + "and rounding; with the inputs as generated the figures equal the proposal. The role stays "
                + q.role().name() + ". Each figure's cell is named after it (F_...), so the formulas read as the steps do.");
        grid.sheet().createFreezePane(0, 2);
        row = 3;
        inputs(q);
        skills(q);
        assumptions();
        buildUp();
        results();
        budget();
        List<Figure> missing = definitions.keySet().stream().filter(f -> !placed.contains(f)).toList();
        if (!missing.isEmpty()) throw new IllegalStateException("the Calculator has no place for the steps' figures " + missing);
        for (Pending p : pending) {
            if (p.text() != null) grid.formula(p.row(), p.col(), p.formula().get(), p.text(), p.look());
            else grid.formula(p.row(), p.col(), p.formula().get(), p.result(), p.look());
        }
    }

    // ---- inputs ----

    private void inputs(Quote q) {
        section("Inputs");
        input("Level", "Input_Level", Look.INPUT, "The base, floor and total-comp uplift follow it")
                .setCellValue(q.level().name());
        list(row - 1, "Levels_Name");
        input("Location", "Input_Location", Look.INPUT, "Its factor applies to the base's low and high ends")
                .setCellValue(q.location().name());
        list(row - 1, "Locations_Name");
        input("Security clearance", "Input_Clearance", Look.INPUT, "Yes adds the guide's clearance add-on")
                .setCellValue(q.inputs().clearance() ? YES : NO);
        yesNo(row - 1);
        input("Engagement", "Input_Engagement", Look.INPUT, "A contract's annual budget is read against a year of billing")
                .setCellValue(q.opening().engagement().label());
        list(row - 1, "Engagements");
        XSSFCell budget = input("Client budget", "Input_Budget", Look.INPUT_MONEY,
                "Leave empty for no budget; annual, or an hourly bill rate when the next input says Yes");
        if (q.hasBudget()) budget.setCellValue(q.budget().amount());
        validate(row - 1, validations.createDecimalConstraint(OperatorType.BETWEEN,
                number(policy().number(PolicyKey.BUDGET_HOURLY_MIN)), number(policy().number(PolicyKey.BUDGET_MAX))),
                "Budget", "an amount in dollars");
        input("Budget is an hourly rate", "Input_BudgetHourly", Look.INPUT, "Yes compares it with the bill rate")
                .setCellValue(q.hasBudget() && q.budget().budget().hourly() ? YES : NO);
        yesNo(row - 1);
        input("Effective date", "Input_EffectiveDate", Look.INPUT_DATE,
                "Figures are aged from the data's as-of date to this date").setCellValue(q.effectiveDate());
        validate(row - 1, validations.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2100,12,31)", null),
                "Effective date", "a date");
        row++;
    }

    /** The premium skills in pricing order, then the skills that only complete a combination. */
    private void skills(Quote q) {
        section("Premium skills, largest first: the first one on counts in full, later ones at the additional share");
        grid.header(row++, LABEL, "Skill", "On?", "Band low", "Band high", "Share", "Added low", "Added high");
        int first = row;
        List<String> premium = steps.premiumSkills();
        for (int i = 0; i < premium.size(); i++) {
            Skill skill = data().skills().resolve(premium.get(i));
            grid.text(row, LABEL, skill.name(), Look.TEXT);
            toggle(row, skill.id(), q.inputs().skillsOn().contains(skill.id()));
            grid.formula(row, BAND_LOW, "INDEX(Skills_Band," + (i + 1) + ",1)", skill.premiumLow(), Look.MONEY);
            grid.formula(row, BAND_HIGH, "INDEX(Skills_Band," + (i + 1) + ",2)", skill.premiumHigh(), Look.MONEY);
            row++;
        }
        context.name("Input_PremiumSkills", "'" + WorkbookTemplate.CALCULATOR + "'!" + Grid.ref(first, VALUE) + ":"
                + Grid.ref(row - 1, VALUE));
        int last = row;
        row++;
        if (!steps.comboSkills().isEmpty()) {
            section("Other skills that complete a combination");
            for (String id : steps.comboSkills()) {
                grid.text(row, LABEL, data().skills().resolve(id).name(), Look.TEXT);
                toggle(row, id, q.inputs().skillsOn().contains(id));
                row++;
            }
            row++;
        }
        formulas = new FormulaWriter(toggles);
        // The skills' figures sit in their table's rows, written once the toggles exist.
        for (int i = 0; i < premium.size(); i++) {
            String id = premium.get(i);
            place(first + i, SHARE, Figure.of(FigureKind.SKILL_SHARE, id), Look.PERCENT);
            place(first + i, ADDED_LOW, Figure.of(FigureKind.SKILL_ADD_LOW, id), Look.MONEY);
            place(first + i, ADDED_HIGH, Figure.of(FigureKind.SKILL_ADD_HIGH, id), Look.MONEY);
        }
        assert last > first || premium.isEmpty();
    }

    private void toggle(int r, String skillId, boolean on) {
        grid.input(r, VALUE, on ? YES : NO, Look.INPUT);
        yesNo(r);
        String name = "Input_Skill_" + FormulaWriter.clean(skillId);
        context.name(name, "'" + WorkbookTemplate.CALCULATOR + "'!" + Grid.ref(r, VALUE));
        toggles.put(skillId, name);
    }

    /** The policy values and guide figures the formulas read, as named cells. */
    private void assumptions() {
        section("Assumptions: the guide's figures and the agency's settings (locked)");
        for (PolicyKey key : steps.policies(context.definitions())) {
            PolicyValue value = policy().get(key);
            grid.text(row, LABEL, value.description(), Look.WRAP);
            XSSFCell cell;
            if (key == PolicyKey.DATA_AS_OF) {
                cell = grid.date(row, VALUE, policy().dataAsOf(), Look.DATE);
            } else {
                cell = grid.number(row, VALUE, policy().value(key), key.percent() ? Look.PERCENT_FINE : lookFor(key.unit()));
            }
            note(row, SECOND, "Agency setting");
            grid.fitRow(row, value.description(), grid.widthChars(LABEL, LABEL));
            context.name(FormulaWriter.name(key), absolute(row, VALUE));
            row++;
            assert cell != null;
        }
        for (Expr.Datum datum : steps.data(context.definitions())) {
            grid.text(row, LABEL, datum.label(), Look.TEXT);
            grid.number(row, VALUE, datum.value(), Look.MONEY);
            note(row, SECOND, "The guide: " + datum.provenance().cite());
            context.name(datum.name(), absolute(row, VALUE));
            row++;
        }
        row++;
    }

    // ---- build-up and results ----

    private void buildUp() {
        section("Build-up: the engine's lines in its order, each end rounded to the dollar");
        grid.header(row++, LABEL, "Line", "Rule", "", "Low", "High", "How");
        pair("Base for the level (most US markets)", FigureKind.BASE_LOW, FigureKind.BASE_HIGH, Look.MONEY,
                "The guide's budget for the level, or the level's blend x the hiring premium");
        grid.formula(row, VALUE, "INDEX(Markets_FactorLow,MATCH(Input_Location,Locations_Name,0),MATCH(Input_Level,Levels_Name,0))",
                factor("Markets_FactorLow"), Look.FACTOR);
        grid.formula(row, SECOND, "INDEX(Markets_FactorHigh,MATCH(Input_Location,Locations_Name,0),MATCH(Input_Level,Levels_Name,0))",
                factor("Markets_FactorHigh"), Look.FACTOR);
        pair("Market: premium, regional budget or remote discount", FigureKind.LOCATION_LOW, FigureKind.LOCATION_HIGH,
                Look.MONEY, "Each end x its factor (in the rule columns); 1 in the markets the budget guidance describes");
        pair("Premium skills switched on", FigureKind.SKILLS_LOW, FigureKind.SKILLS_HIGH, Look.MONEY,
                "Adds the premium-skills table's added amounts");
        for (String combo : steps.combos()) {
            place(row, VALUE, Figure.of(FigureKind.COMBO_APPLIES, combo), Look.NUMBER);
            pair("Combination: " + data().combos().stream().filter(c -> c.id().equals(combo)).findFirst().orElseThrow().name(),
                    Figure.of(FigureKind.COMBO_LOW, combo), Figure.of(FigureKind.COMBO_HIGH, combo), Look.MONEY,
                    "1 when every skill of it is on: raises the low end by the uplift, at most to the high end");
        }
        pair("Security clearance", FigureKind.CLEARANCE_LOW, FigureKind.CLEARANCE_HIGH, Look.MONEY,
                "Adds the guide's clearance add-on when on");
        place(row, VALUE, Figure.of(FigureKind.FLOOR_TARGET), Look.MONEY);
        pair("Floor: the low end the level's floor needs", FigureKind.FLOOR_LOW, FigureKind.FLOOR_HIGH, Look.MONEY,
                "The low end is raised (in the rule column) until the hiring market's floor percentile reaches the level's floor");
        place(row, VALUE, Figure.of(FigureKind.AGING_DAYS), Look.NUMBER);
        place(row, SECOND, Figure.of(FigureKind.AGING_FACTOR), Look.FACTOR);
        pair("Recommended base, aged to the effective date", FigureKind.RECOMMENDED_LOW, FigureKind.RECOMMENDED_HIGH,
                Look.MONEY_KEY, "Days after the as-of date and the growth factor for them, in the rule columns");
        single("Midpoint of the recommendation", FigureKind.RECOMMENDED_MID, Look.MONEY, "Budgets from here up are strong");
        row++;
    }

    private void results() {
        section("Hiring market for this opening, and what each engagement costs");
        grid.header(row++, LABEL, "Figure", "Rule", "", "Low", "High", "How");
        place(row, VALUE, Figure.of(FigureKind.Z), Look.FACTOR);
        pair("Hiring market curve: mean and spread", FigureKind.MEAN, FigureKind.SIGMA, Look.MONEY,
                "A normal curve whose middle (the coverage) is the recommended range; z in the rule column");
        for (FigureKind p : List.of(FigureKind.P10, FigureKind.P25, FigureKind.P50, FigureKind.P75, FigureKind.P90)) {
            single("Hiring market " + p.name(), p, Look.MONEY, "");
        }
        pair("Total compensation", FigureKind.TOTAL_COMP_LOW, FigureKind.TOTAL_COMP_HIGH, Look.MONEY,
                "Base x (1 + the level's uplift for equity and bonus)");
        pair("Contract bill rate (per hour)", FigureKind.BILL_LOW, FigureKind.BILL_HIGH, Look.HOURLY,
                "Base / hours in a year x (1 + the contract premium)");
        pair("A year of contract billing", FigureKind.ANNUAL_BILL_LOW, FigureKind.ANNUAL_BILL_HIGH, Look.MONEY,
                "Bill rate x hours in a year");
        pair("Direct-hire fee", FigureKind.DIRECT_HIRE_FEE_LOW, FigureKind.DIRECT_HIRE_FEE_HIGH, Look.MONEY,
                "Share of first-year base");
        pair("Contract-to-hire: conversion fee", FigureKind.CONVERSION_FEE_LOW, FigureKind.CONVERSION_FEE_HIGH, Look.MONEY,
                "Share of base, paid at conversion");
        pair("Contract-to-hire: contract-period billing", FigureKind.C2H_BILLING_LOW, FigureKind.C2H_BILLING_HIGH, Look.MONEY,
                "Bill rate x the contract months' hours");
        pair("Contract: billing over its term", FigureKind.CONTRACT_TERM_LOW, FigureKind.CONTRACT_TERM_HIGH, Look.MONEY,
                "Bill rate x the term's hours");
        if (definitions.containsKey(Figure.of(FigureKind.PAY_LOW))) {
            pair("Contractor pay rate (internal)", FigureKind.PAY_LOW, FigureKind.PAY_HIGH, Look.HOURLY, "Bill rate / (1 + markup)");
            single("Margin on the bill rate (internal)", FigureKind.MARGIN, Look.PERCENT_FINE, "Markup / (1 + markup)");
        }
        row++;
    }

    private void budget() {
        section("The client's budget on that market, in its own unit");
        grid.header(row++, LABEL, "Figure", "Rule", "", "Low", "High", "How");
        place(row, VALUE, Figure.of(FigureKind.BUDGET_UNIT), Look.NUMBER);
        pair("The market in the budget's unit", FigureKind.BUDGET_UNIT_LOW, FigureKind.BUDGET_UNIT_HIGH, Look.HOURLY,
                "Rule column: 1 annual base, 2 hourly bill rate, 3 a year of contract billing");
        pair("Its curve: mean and spread", FigureKind.BUDGET_MEAN, FigureKind.BUDGET_SIGMA, Look.HOURLY, "");
        for (FigureKind p : List.of(FigureKind.BUDGET_P10, FigureKind.BUDGET_P50, FigureKind.BUDGET_P90)) {
            single("Its " + p.name().substring("BUDGET_".length()), p, Look.HOURLY, "");
        }
        single("Budget percentile (exact)", FigureKind.BUDGET_PERCENTILE, Look.FACTOR, "Where the budget falls on that curve");
        single("Budget percentile (as shown)", FigureKind.BUDGET_PERCENTILE_SHOWN, Look.NUMBER, "Whole, 1 to 99");
        single("Floor in the budget's unit", FigureKind.BUDGET_FLOOR, Look.HOURLY, "The curve at the floor percentile");
        String labels = List.of(Verdict.values()).stream().map(v -> "\"" + v.label() + "\"").collect(Collectors.joining(","));
        String verdict = "IF(" + FormulaWriter.name(Figure.of(FigureKind.VERDICT)) + "=\"\",\"no budget given\",CHOOSE("
                + FormulaWriter.name(Figure.of(FigureKind.VERDICT)) + "," + labels + "))";
        String verdictNow = context.quote().hasBudget() ? context.quote().budget().verdict().label() : "no budget given";
        pending.add(new Pending(row, LOW, () -> verdict, Double.NaN, verdictNow, Look.VERDICT));
        context.name("Result_Verdict", absolute(row, LOW));
        place(row, VALUE, Figure.of(FigureKind.VERDICT), Look.NUMBER);
        label("Verdict", "Below the floor percentile; below the recommended minimum; below the midpoint: competitive; else strong");
        single("Gap to the recommended minimum", FigureKind.GAP, Look.HOURLY, "In the budget's unit");
        single("Gap as a share of the budget", FigureKind.GAP_SHARE, Look.PERCENT_FINE, "");
    }

    // ---- rows ----

    private void pair(String label, FigureKind low, FigureKind high, Look look, String how) {
        pair(label, Figure.of(low), Figure.of(high), look, how);
    }

    private void pair(String label, Figure low, Figure high, Look look, String how) {
        place(row, LOW, low, look);
        place(row, HIGH, high, look);
        label(label, how);
    }

    private void single(String label, FigureKind kind, Look look, String how) {
        place(row, LOW, Figure.of(kind), look);
        label(label, how);
    }

    private void label(String label, String how) {
        grid.text(row, LABEL, label, Look.LABEL);
        if (!how.isEmpty()) note(row, NOTE, how);
        row++;
    }

    /** A figure's formula in a cell named after it (and its Result_ name, for the results). */
    private void place(int r, int col, Figure figure, Look look) {
        Definition d = definitions.get(figure);
        if (d == null) throw new IllegalStateException("the steps define no figure " + figure + " for this workbook");
        pending.add(new Pending(r, col, () -> formulas.write(d.expr()), context.quote().values().get(figure), null, look));
        context.name(FormulaWriter.name(figure), absolute(r, col));
        placed.add(figure);
    }

    private XSSFCell input(String label, String name, Look look, String how) {
        grid.text(row, LABEL, label, Look.LABEL);
        XSSFCell cell = grid.blank(row, VALUE, look);
        note(row, SECOND, how);
        context.name(name, absolute(row, VALUE));
        row++;
        return cell;
    }

    private void section(String title) {
        grid.text(row, LABEL, title, Look.SECTION);
        grid.merge(row, LABEL, LAST);
        row++;
    }

    /** A note from {@code col} to the last column, the row grown to hold it. */
    private void note(int r, int col, String text) {
        grid.text(r, col, text, Look.NOTE);
        grid.merge(r, col, LAST);
        grid.fitRow(r, text, grid.widthChars(col, LAST));
    }

    private String absolute(int r, int col) {
        return "'" + WorkbookTemplate.CALCULATOR + "'!" + Grid.ref(r, col);
    }

    private static Look lookFor(String unit) {
        return switch (unit) {
            case "usd" -> Look.MONEY;
            case "usd-per-hour" -> Look.HOURLY;
            default -> Look.NUMBER;
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    // ---- validation ----

    private void list(int r, String name) {
        validate(r, validations.createFormulaListConstraint(name), "Choice", "one of the listed values");
    }

    private void yesNo(int r) {
        validate(r, validations.createExplicitListConstraint(new String[] {YES, NO}), "Yes or No", "Yes or No");
    }

    private void validate(int r, DataValidationConstraint constraint, String title, String expected) {
        DataValidation validation = validations.createValidation(constraint, new CellRangeAddressList(r, r, VALUE, VALUE));
        validation.setSuppressDropDownArrow(true); // in XSSF, true shows the drop-down arrow
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, "Expected " + expected + ".");
        grid.sheet().addValidationData(validation);
    }

    /** The opening's market factor as the steps' table holds it. */
    private double factor(String table) {
        var inputs = context.quote().inputs();
        return steps.tables(context.definitions()).stream().filter(t -> t.name().equals(table)).findFirst().orElseThrow()
                .value(steps.locations().indexOf(inputs.location()) + 1, steps.levels().indexOf(inputs.level()) + 1);
    }

    private MarketData data() {
        return context.data();
    }

    private Policy policy() {
        return context.data().policy();
    }
}
