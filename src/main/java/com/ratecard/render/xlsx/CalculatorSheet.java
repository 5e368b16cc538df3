package com.ratecard.render.xlsx;

import com.ratecard.data.Engagement;
import com.ratecard.data.MarketData;
import com.ratecard.data.Policy;
import com.ratecard.data.PolicyValue;
import com.ratecard.data.Skill;
import com.ratecard.data.SkillCombo;
import com.ratecard.pricing.PremiumOrder;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;

/**
 * The Calculator: input cells (named Input_*) and live formulas that take the engine's steps in
 * the engine's order and rounding, so that with the inputs as generated every Result_* cell equals
 * the quote, and changing an input reprices as the engine would. The role stays as generated.
 */
final class CalculatorSheet {
    private static final int LABEL = 0;
    private static final int VALUE = 1;
    private static final int RULE_HIGH = 2;
    private static final int LOW = 3;
    private static final int HIGH = 4;
    private static final int MARKET_LOW = 5;
    private static final int MARKET_HIGH = 6;
    private static final int NOTE = 7;
    // The premium-skills table's columns.
    private static final int BAND_LOW = 2;
    private static final int BAND_HIGH = 3;
    private static final int SHARE = 4;
    private static final int ADDED_LOW = 5;
    private static final int ADDED_HIGH = 6;
    private static final String YES = "Yes";
    private static final String NO = "No";

    private final RenderContext context;
    private final Grid grid;
    private final XSSFDataValidationHelper validations;
    /** Each skill that has an on/off cell, by id: the cell's reference. */
    private final Map<String, String> toggles = new LinkedHashMap<>();
    private int row;
    private int premiumFirst;
    private int premiumLast;
    private int agingRow;

    private CalculatorSheet(RenderContext context) {
        this.context = context;
        this.grid = context.grid(WorkbookTemplate.CALCULATOR);
        this.validations = new XSSFDataValidationHelper(grid.sheet());
    }

    static void write(RenderContext context) {
        new CalculatorSheet(context).write();
    }

    private void write() {
        Quote q = context.quote();
        grid.text(0, LABEL, "Calculator", Look.TITLE);
        grid.merge(0, LABEL, NOTE);
        grid.text(1, LABEL, "Change the yellow inputs and every figure below recomputes, with the pricing engine's steps "
                + "and rounding. With the inputs as generated the figures equal the quote. The role stays "
                + q.role().name() + " as generated.", Look.NOTE);
        grid.merge(1, LABEL, NOTE);
        grid.fitRow(1, grid.sheet().getRow(1).getCell(0).getStringCellValue(), grid.widthChars(LABEL, NOTE));
        grid.sheet().createFreezePane(0, 2);
        row = 3;
        inputs(q);
        assumptions(); // before the skills: their formulas use the policy names
        premiumSkills(q);
        comboSkills(q);
        buildUp();
        results();
    }

    private void inputs(Quote q) {
        section("Inputs");
        input("Level", "Input_Level", Look.INPUT, "Choose a level: the base and total comp uplift follow it")
                .setCellValue(q.level().name());
        list(row - 1, "Levels_Name");
        input("Location", "Input_Location", Look.INPUT, "Its differential applies to the base's low and high ends")
                .setCellValue(q.location().name());
        list(row - 1, "Locations_Name");
        input("Security clearance required", "Input_Clearance", Look.INPUT, "Yes adds the guide's clearance add-on")
                .setCellValue(q.opening().clearance().priced() ? YES : NO);
        yesNo(row - 1);
        input("Engagement", "Input_Engagement", Look.INPUT, "Picks the headline figure in the results")
                .setCellValue(q.opening().engagement().label());
        list(row - 1, "Engagements");
        input("Markup on contract pay", "Input_Markup", Look.INPUT_PERCENT, "Bill rate = pay rate x (1 + markup)")
                .setCellValue(policy().get("markup").fraction());
        validate(row - 1, validations.createDecimalConstraint(OperatorType.BETWEEN, "0", "5"),
                "Markup", "a percentage between 0% and 500%");
        var budget = input("Client budget (annual base)", "Input_Budget", Look.INPUT_MONEY,
                "Leave empty for no budget; the verdict reads it against the market for this opening");
        if (q.hasBudget()) budget.setCellValue(q.budget().budget());
        validate(row - 1, validations.createIntegerConstraint(OperatorType.BETWEEN,
                Long.toString(Math.round(policy().get("budget-min").number())),
                Long.toString(Math.round(policy().get("budget-max").number()))), "Budget",
                "whole dollars between the policy's smallest and largest credible budgets");
        input("Effective date", "Input_EffectiveDate", Look.INPUT_DATE,
                "Figures are aged from the data's as-of date to this date").setCellValue(q.effectiveDate());
        validate(row - 1, validations.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2100,12,31)", null),
                "Effective date", "a date");
        row++;
    }

    private void premiumSkills(Quote q) {
        List<Skill> skills = PremiumOrder.of(data().skills().items());
        section("Premium skills: priced largest first; the first one on counts in full, later ones at the "
                + "additional-premium share");
        grid.header(row++, LABEL, "Skill", "On?", "Band low", "Band high", "Share", "Added low", "Added high");
        int first = row;
        for (Skill skill : skills) {
            grid.text(row, LABEL, skill.name(), Look.TEXT);
            grid.input(row, VALUE, q.skills().contains(skill) ? YES : NO, Look.INPUT);
            yesNo(row);
            toggles.put(skill.id(), Grid.ref(row, VALUE));
            grid.number(row, BAND_LOW, skill.premiumLow(), Look.MONEY);
            grid.number(row, BAND_HIGH, skill.premiumHigh(), Look.MONEY);
            String on = Grid.rel(row, VALUE) + "=\"" + YES + "\"";
            String share = row == first ? "IF(" + on + ",1,0)"
                    : "IF(" + on + ",IF(COUNTIF(" + Grid.ref(first, VALUE) + ":" + Grid.ref(row - 1, VALUE) + ",\"" + YES
                    + "\")=0,1,Policy_AdditionalShare),0)";
            grid.formula(row, SHARE, share, Look.PERCENT);
            grid.formula(row, ADDED_LOW, "ROUND(" + Grid.rel(row, BAND_LOW) + "*" + Grid.rel(row, SHARE) + ",0)", Look.MONEY);
            grid.formula(row, ADDED_HIGH, "ROUND(" + Grid.rel(row, BAND_HIGH) + "*" + Grid.rel(row, SHARE) + ",0)", Look.MONEY);
            row++;
        }
        premiumFirst = first;
        premiumLast = row - 1;
        context.name("Input_PremiumSkills", grid.range(first, row - 1, VALUE));
        row++;
    }

    /** Skills that are not priced themselves but complete a combination (Kubernetes, Terraform...). */
    private void comboSkills(Quote q) {
        List<Skill> others = new ArrayList<>();
        for (SkillCombo combo : data().combos()) {
            for (String id : combo.requiredSkillIds()) {
                Skill skill = data().skills().resolve(id);
                if (!toggles.containsKey(id) && !others.contains(skill)) others.add(skill);
            }
        }
        if (others.isEmpty()) return;
        section("Other skills that complete a combination");
        grid.header(row++, LABEL, "Skill", "On?");
        int first = row;
        for (Skill skill : others) {
            grid.text(row, LABEL, skill.name(), Look.TEXT);
            grid.input(row, VALUE, q.skills().contains(skill) ? YES : NO, Look.INPUT);
            yesNo(row);
            toggles.put(skill.id(), Grid.ref(row, VALUE));
            row++;
        }
        context.name("Input_ComboSkills", grid.range(first, row - 1, VALUE));
        row++;
    }

    private void assumptions() {
        section("Assumptions: agency policy and the guide (locked)");
        Policy p = policy();
        var asOf = assumption("Data as of", "Policy_AsOf", Look.DATE, p.get("data-as-of"));
        asOf.setCellValue(p.dataAsOf());
        fraction("Salary growth per year after the as-of date", "Policy_AgingRate", p.get("aging-rate"));
        assumption("Hours in a full-time year", "Policy_HoursPerYear", Look.NUMBER, p.get("hours-per-year"))
                .setCellValue(p.get("hours-per-year").number());
        fraction("Contract pay over the salary-equivalent rate", "Policy_PayUplift", p.get("contract-pay-uplift"));
        fraction("Share of second and later premium skills", "Policy_AdditionalShare", p.get("additional-premium-share"));
        assumption("Skill combination uplift (low end)", "Policy_ComboUplift", Look.MONEY, p.get("combo-uplift"))
                .setCellValue(Math.round(p.get("combo-uplift").number()));
        var clearance = data().guidance("addon-clearance");
        labelled("Security clearance add-on, low", "Guide_ClearanceLow", Look.MONEY, clearance.provenance().describe())
                .setCellValue(Math.round(clearance.low()));
        labelled("Security clearance add-on, high", "Guide_ClearanceHigh", Look.MONEY, clearance.provenance().describe())
                .setCellValue(Math.round(clearance.high()));
        fraction("Share of the market inside a blended range", "Policy_MarketCoverage", p.get("market-coverage"));
        fraction("Direct-hire fee (share of first-year base)", "Policy_DirectHireFee", p.get("direct-hire-fee"));
        fraction("Contract-to-hire conversion fee", "Policy_ConversionFee", p.get("c2h-conversion-fee"));
        assumption("Contract months before conversion", "Policy_ContractMonths", Look.NUMBER, p.get("c2h-contract-months"))
                .setCellValue(p.get("c2h-contract-months").number());
        row++;
    }

    /** One row per engine line; columns D-E the recommendation, F-G the market for this opening. */
    private void buildUp() {
        section("Build-up: the engine's lines in its order, each end rounded to the dollar");
        grid.header(row++, LABEL, "Line", "Rule", "", "Recommended low", "Recommended high", "Market low", "Market high", "How");
        String levelMatch = "MATCH(Input_Level,Levels_Name,0)";
        grid.formula(row, VALUE, "Input_Level", Look.TEXT);
        line("Base for the level", "Base: the guide's budget for the level, or the level's blend x the hiring premium; "
                        + "market: the aggregators' blend",
                "INDEX(Levels_BaseLow," + levelMatch + ")", "INDEX(Levels_BaseHigh," + levelMatch + ")",
                "INDEX(Levels_BlendLow," + levelMatch + ")", "INDEX(Levels_BlendHigh," + levelMatch + ")");

        String locationMatch = "MATCH(Input_Location,Locations_Name,0)";
        grid.formula(row, VALUE, "INDEX(Locations_DiffLow," + locationMatch + ")", Look.PERCENT_SIGNED);
        grid.formula(row, RULE_HIGH, "INDEX(Locations_DiffHigh," + locationMatch + ")", Look.PERCENT_SIGNED);
        String low = Grid.ref(row, VALUE);
        String high = Grid.ref(row, RULE_HIGH);
        line("Location differential", "Each end x (1 + its differential)",
                "ROUND(" + above(LOW) + "*(1+" + low + "),0)", "ROUND(" + above(HIGH) + "*(1+" + high + "),0)",
                "ROUND(" + above(MARKET_LOW) + "*(1+" + low + "),0)", "ROUND(" + above(MARKET_HIGH) + "*(1+" + high + "),0)");

        grid.formula(row, VALUE, "COUNTIF(Input_PremiumSkills,\"" + YES + "\")", Look.NUMBER);
        String addedLow = "SUM(" + Grid.ref(premiumFirst, ADDED_LOW) + ":" + Grid.ref(premiumLast, ADDED_LOW) + ")";
        String addedHigh = "SUM(" + Grid.ref(premiumFirst, ADDED_HIGH) + ":" + Grid.ref(premiumLast, ADDED_HIGH) + ")";
        line("Premium skills switched on", "Adds the premium-skills table's added amounts",
                above(LOW) + "+" + addedLow, above(HIGH) + "+" + addedHigh,
                above(MARKET_LOW) + "+" + addedLow, above(MARKET_HIGH) + "+" + addedHigh);

        for (SkillCombo combo : data().combos()) {
            List<String> on = combo.requiredSkillIds().stream().map(id -> toggles.get(id) + "=\"" + YES + "\"").toList();
            grid.formula(row, VALUE, "IF(AND(" + String.join(",", on) + "),\"applies\",\"off\")", Look.TEXT);
            String applies = Grid.ref(row, VALUE) + "=\"applies\"";
            line("Combination: " + combo.name(), "Raises the low end by the combination uplift, at most to the high end",
                    above(LOW) + "+IF(" + applies + ",MIN(Policy_ComboUplift," + above(HIGH) + "-" + above(LOW) + "),0)",
                    above(HIGH),
                    above(MARKET_LOW) + "+IF(" + applies + ",MIN(Policy_ComboUplift," + above(MARKET_HIGH) + "-"
                            + above(MARKET_LOW) + "),0)",
                    above(MARKET_HIGH));
        }

        grid.formula(row, VALUE, "Input_Clearance", Look.TEXT);
        String cleared = "Input_Clearance=\"" + YES + "\"";
        line("Security clearance", "Adds the guide's clearance add-on when required",
                above(LOW) + "+IF(" + cleared + ",Guide_ClearanceLow,0)", above(HIGH) + "+IF(" + cleared + ",Guide_ClearanceHigh,0)",
                above(MARKET_LOW) + "+IF(" + cleared + ",Guide_ClearanceLow,0)",
                above(MARKET_HIGH) + "+IF(" + cleared + ",Guide_ClearanceHigh,0)");

        grid.formula(row, VALUE, "MAX(0,Input_EffectiveDate-Policy_AsOf)", Look.NUMBER);
        grid.formula(row, RULE_HIGH, "POWER(1+Policy_AgingRate," + Grid.rel(row, VALUE) + "/365.25)", Look.FACTOR);
        String factor = Grid.ref(row, RULE_HIGH);
        agingRow = row;
        line("Aging to the effective date", "Days after the as-of date, and the growth factor for them",
                "ROUND(" + above(LOW) + "*" + factor + ",0)", "ROUND(" + above(HIGH) + "*" + factor + ",0)",
                "ROUND(" + above(MARKET_LOW) + "*" + factor + ",0)", "ROUND(" + above(MARKET_HIGH) + "*" + factor + ",0)");
        row++;
    }

    private void results() {
        section("Results");
        grid.header(row++, LABEL, "Figure", "Rule", "", "Low", "High", "", "", "How");
        Pair recommended = pair("Recommended base salary", "Result_Recommended", Look.MONEY_KEY,
                Grid.ref(agingRow, LOW), Grid.ref(agingRow, HIGH), "The build-up's last line");
        String midpoint = single("Midpoint of the recommendation", "Result_Midpoint", Look.MONEY,
                "ROUND((" + recommended.low() + "+" + recommended.high() + ")/2,0)", "Budgets from here up are strong");

        String levelMatch = "MATCH(Input_Level,Levels_Name,0)";
        grid.formula(row, VALUE, "INDEX(Levels_TotalCompLow," + levelMatch + ")", Look.PERCENT);
        grid.formula(row, RULE_HIGH, "INDEX(Levels_TotalCompHigh," + levelMatch + ")", Look.PERCENT);
        Pair uplift = new Pair(Grid.ref(row, VALUE), Grid.ref(row, RULE_HIGH));
        pair("Total compensation", "Result_TotalComp", Look.MONEY,
                "ROUND(" + recommended.low() + "*(1+" + uplift.low() + "),0)",
                "ROUND(" + recommended.high() + "*(1+" + uplift.high() + "),0)",
                "Base x (1 + the level's uplift for equity and bonus, in the rule columns)");
        Pair pay = pair("Contract pay rate (per hour)", "Result_Pay", Look.HOURLY,
                "ROUND(" + recommended.low() + "/Policy_HoursPerYear*(1+Policy_PayUplift),2)",
                "ROUND(" + recommended.high() + "/Policy_HoursPerYear*(1+Policy_PayUplift),2)",
                "Base / hours in a year x (1 + contract pay uplift)");
        Pair bill = pair("Contract bill rate (per hour)", "Result_Bill", Look.HOURLY,
                "ROUND(" + pay.low() + "*(1+Input_Markup),2)", "ROUND(" + pay.high() + "*(1+Input_Markup),2)",
                "Pay rate x (1 + markup)");
        single("Margin on the bill rate", "Result_Margin", Look.PERCENT_FINE, "Input_Markup/(1+Input_Markup)",
                "Markup / (1 + markup)");
        Pair fee = pair("Direct-hire fee", "Result_DirectHireFee", Look.MONEY,
                "ROUND(" + recommended.low() + "*Policy_DirectHireFee,0)",
                "ROUND(" + recommended.high() + "*Policy_DirectHireFee,0)", "Share of first-year base");
        Pair conversion = pair("Contract-to-hire conversion fee", "Result_ConversionFee", Look.MONEY,
                "ROUND(" + recommended.low() + "*Policy_ConversionFee,0)",
                "ROUND(" + recommended.high() + "*Policy_ConversionFee,0)", "Share of base, paid at conversion");
        String hours = "(Policy_HoursPerYear*Policy_ContractMonths/12)";
        Pair billing = pair("Contract-to-hire: contract-period billing", "Result_ContractBilling", Look.MONEY,
                "ROUND(" + bill.low() + "*" + hours + ",0)", "ROUND(" + bill.high() + "*" + hours + ",0)",
                "Bill rate x the contract months' hours");
        engagementHeadline(fee, bill, conversion, billing);
        row++;
        budget(recommended, midpoint);
    }

    /** The figure that matters for the chosen engagement. */
    private void engagementHeadline(Pair fee, Pair bill, Pair conversion, Pair billing) {
        String contract = "Input_Engagement=\"" + Engagement.CONTRACT.label() + "\"";
        String c2h = "Input_Engagement=\"" + Engagement.CONTRACT_TO_HIRE.label() + "\"";
        grid.formula(row, LABEL, "IF(" + contract + ",\"For a contract: bill rate per hour\",IF(" + c2h
                + ",\"For contract-to-hire: contract billing plus conversion fee\",\"For a direct hire: the placement fee\"))",
                Look.LABEL);
        grid.formula(row, LOW, "IF(" + contract + "," + bill.low() + ",IF(" + c2h + "," + billing.low() + "+"
                + conversion.low() + "," + fee.low() + "))", Look.HOURLY);
        grid.formula(row, HIGH, "IF(" + contract + "," + bill.high() + ",IF(" + c2h + "," + billing.high() + "+"
                + conversion.high() + "," + fee.high() + "))", Look.HOURLY);
        note(NOTE, "Follows the Engagement input");
        row++;
    }

    /** The market for this opening, its percentiles on the normal curve, and the budget's verdict. */
    private void budget(Pair recommended, String midpoint) {
        section("The client's budget against the market for this opening");
        grid.header(row++, LABEL, "Figure", "Rule", "", "Low", "High", "", "", "How");
        Pair market = pair("Market for this opening", "Result_Market", Look.MONEY,
                Grid.ref(agingRow, MARKET_LOW), Grid.ref(agingRow, MARKET_HIGH),
                "The aggregators' blend through the same lines");
        grid.formula(row, VALUE, "NORMSINV(0.5+Policy_MarketCoverage/2)", Look.FACTOR);
        String z = Grid.ref(row, VALUE);
        grid.text(row, LABEL, "Normal curve: mean and standard deviation", Look.LABEL);
        grid.formula(row, LOW, "(" + market.low() + "+" + market.high() + ")/2", Look.MONEY);
        grid.formula(row, HIGH, "(" + market.high() + "-" + market.low() + ")/(2*" + z + ")", Look.MONEY);
        note(NOTE, "The market's ends are the percentiles that leave the coverage between them (z in the rule column)");
        String mean = Grid.ref(row, LOW);
        String sigma = Grid.ref(row, HIGH);
        row++;
        for (int p : new int[] {10, 25, 50, 75, 90}) {
            single("Market P" + p + " for this opening", "Result_P" + p, Look.MONEY,
                    "ROUND(" + mean + "+" + sigma + "*NORMSINV(" + p / 100.0 + "),0)", "");
        }
        String none = "Input_Budget=\"\"";
        single("Budget percentile", "Result_Percentile", Look.NUMBER,
                // NORMDIST rather than NORMSDIST of the z-score: POI's NORMSDIST gives #NUM! below zero.
                "IF(" + none + ",\"\",ROUND(100*NORMDIST(Input_Budget," + mean + "," + sigma + ",TRUE),0))",
                "Where the budget falls on that curve (0-100)");
        String floor = single("Floor", "Result_Floor", Look.MONEY, "MIN(Result_P25," + recommended.low() + ")",
                "The lower of the market's P25 and the recommended minimum");
        grid.formula(row, HIGH, "IF(" + none + ",\"\"," + Grid.rel(row, LOW) + "/Input_Budget)", Look.PERCENT_FINE);
        context.name("Result_GapPct", "'" + WorkbookTemplate.CALCULATOR + "'!" + Grid.ref(row, HIGH));
        single("Gap to the recommended minimum", "Result_Gap", Look.MONEY,
                "IF(" + none + ",\"\",MAX(0," + recommended.low() + "-Input_Budget))", "Dollars, and as a share of the budget");
        single("Verdict", "Result_Verdict", Look.VERDICT,
                "IF(" + none + ",\"no budget given\",IF(Input_Budget<" + floor + ",\"" + Verdict.BELOW_FLOOR.label()
                        + "\",IF(Input_Budget<" + recommended.low() + ",\"" + Verdict.BELOW_MARKET.label()
                        + "\",IF(Input_Budget<" + midpoint + ",\"" + Verdict.COMPETITIVE.label() + "\",\""
                        + Verdict.STRONG.label() + "\"))))",
                "Below the floor; below the recommended minimum; below its midpoint: competitive; else strong");
    }

    // ---- rows ----

    private void section(String title) {
        grid.text(row, LABEL, title, Look.SECTION);
        grid.merge(row, LABEL, NOTE);
        row++;
    }

    private XSSFCell input(String label, String name, Look look, String note) {
        grid.text(row, LABEL, label, Look.LABEL);
        var cell = grid.blank(row, VALUE, look);
        note(RULE_HIGH, note);
        context.name(name, "'" + WorkbookTemplate.CALCULATOR + "'!" + Grid.ref(row, VALUE));
        row++;
        return cell;
    }

    /** A note from {@code col} to the last column, the row grown to hold it. */
    private void note(int col, String text) {
        grid.text(row, col, text, Look.NOTE);
        grid.merge(row, col, NOTE);
        grid.fitRow(row, text, grid.widthChars(col, NOTE));
    }

    private XSSFCell assumption(String label, String name, Look look, PolicyValue value) {
        return labelled(label, name, look, value.provenance().describe());
    }

    private void fraction(String label, String name, PolicyValue value) {
        // The engine uses number / 100; the same division here gives the same double.
        assumption(label, name, Look.PERCENT, value).setCellValue(value.fraction());
    }

    private XSSFCell labelled(String label, String name, Look look, String source) {
        grid.text(row, LABEL, label, Look.TEXT);
        var cell = grid.blank(row, VALUE, look);
        note(RULE_HIGH, source);
        context.name(name, "'" + WorkbookTemplate.CALCULATOR + "'!" + Grid.ref(row, VALUE));
        row++;
        return cell;
    }

    private void line(String label, String how, String low, String high, String marketLow, String marketHigh) {
        grid.text(row, LABEL, label, Look.TEXT);
        grid.formula(row, LOW, low, Look.MONEY);
        grid.formula(row, HIGH, high, Look.MONEY);
        grid.formula(row, MARKET_LOW, marketLow, Look.MONEY);
        grid.formula(row, MARKET_HIGH, marketHigh, Look.MONEY);
        note(NOTE, how);
        row++;
    }

    /** Two cells, or two names, for the low and high ends of a figure. */
    private record Pair(String low, String high) {}

    /** A low-high result row, named {@code name + "Low"} and {@code name + "High"}. */
    private Pair pair(String label, String name, Look look, String low, String high, String how) {
        grid.text(row, LABEL, label, Look.LABEL);
        grid.formula(row, LOW, low, look);
        grid.formula(row, HIGH, high, look);
        note(NOTE, how);
        context.name(name + "Low", "'" + WorkbookTemplate.CALCULATOR + "'!" + Grid.ref(row, LOW));
        context.name(name + "High", "'" + WorkbookTemplate.CALCULATOR + "'!" + Grid.ref(row, HIGH));
        row++;
        return new Pair(name + "Low", name + "High");
    }

    private String single(String label, String name, Look look, String formula, String how) {
        grid.text(row, LABEL, label, Look.LABEL);
        grid.formula(row, LOW, formula, look);
        if (!how.isEmpty()) note(NOTE, how);
        context.name(name, "'" + WorkbookTemplate.CALCULATOR + "'!" + Grid.ref(row, LOW));
        row++;
        return name;
    }

    private String above(int col) {
        return Grid.rel(row - 1, col);
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

    private MarketData data() {
        return context.data();
    }

    private Policy policy() {
        return context.data().policy();
    }
}
