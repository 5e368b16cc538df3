package com.ratecard.render.xlsx;

import com.ratecard.data.PolicyKey;
import com.ratecard.pricing.steps.Expr;
import com.ratecard.pricing.steps.ExprVisitor;
import com.ratecard.pricing.steps.Figure;
import com.ratecard.pricing.steps.Input;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pricing steps' formulas in Excel's words: each figure, input, table, policy value and
 * guide figure is a workbook name (see {@link #name(Figure)} and friends), so the Calculator reads
 * as the steps do. Every operation is parenthesised; a comparison or AND is written to give 1 or 0,
 * as the engine has it; absent is the empty string.
 */
final class FormulaWriter implements ExprVisitor<String> {
    static final String YES = "Yes";
    private final Map<String, String> skillCells;

    /** @param skillCells each skill's on/off cell, by skill id */
    FormulaWriter(Map<String, String> skillCells) {
        this.skillCells = skillCells;
    }

    String write(Expr expr) {
        return expr.accept(this);
    }

    /** "F_RECOMMENDED_LOW", "F_SKILL_ADD_LOW_llm_deployment". */
    static String name(Figure figure) {
        return "F_" + figure.kind().name() + (figure.item() == null ? "" : "_" + clean(figure.item()));
    }

    /** "Policy_RecommendedCoverage". */
    static String name(PolicyKey key) {
        StringBuilder out = new StringBuilder("Policy_");
        for (String part : key.key().split("-")) out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return out.toString();
    }

    static String clean(String id) {
        return id.replaceAll("[^A-Za-z0-9]", "_");
    }

    public String num(Expr.Num e) {
        return BigDecimal.valueOf(e.value()).stripTrailingZeros().toPlainString();
    }

    public String datum(Expr.Datum e) { return e.name(); }
    public String policy(Expr.Pol e) { return name(e.key()); }
    public String ref(Expr.Ref e) { return name(e.figure()); }
    public String absent(Expr.Absent e) { return "\"\""; }

    public String input(Expr.In e) {
        Input in = e.input();
        return switch (in.kind()) {
            case LEVEL -> "MATCH(Input_Level,Levels_Name,0)";
            case LOCATION -> "MATCH(Input_Location,Locations_Name,0)";
            case SKILL -> yes(skillCell(in.skill()));
            case CLEARANCE -> yes("Input_Clearance");
            case ENGAGEMENT -> "MATCH(Input_Engagement,Engagements,0)";
            case BUDGET -> "Input_Budget";
            case BUDGET_HOURLY -> yes("Input_BudgetHourly");
            case EFFECTIVE_DATE -> "Input_EffectiveDate";
        };
    }

    private String skillCell(String id) {
        String cell = skillCells.get(id);
        if (cell == null) throw new IllegalStateException("the Calculator has no on/off cell for skill " + id);
        return cell;
    }

    private static String yes(String cell) {
        return "IF(" + cell + "=\"" + YES + "\",1,0)";
    }

    public String lookup(Expr.Lookup e) {
        return "INDEX(" + e.table().name() + "," + e.row().accept(this)
                + (e.column() == null ? "" : "," + e.column().accept(this)) + ")";
    }

    public String op(Expr.Op e) {
        String symbol = switch (e.operator()) {
            case ADD -> "+";
            case SUBTRACT -> "-";
            case MULTIPLY -> "*";
            case DIVIDE -> "/";
            case POWER -> "^";
            case LESS -> "<";
            case EQUAL -> "=";
        };
        String written = e.left().accept(this) + symbol + e.right().accept(this);
        return switch (e.operator()) {
            case LESS, EQUAL -> "IF(" + written + ",1,0)";
            default -> "(" + written + ")";
        };
    }

    public String fn(Expr.Fn e) {
        List<String> args = e.args().stream().map(a -> a.accept(this)).toList();
        return switch (e.function()) {
            // NORMDIST rather than NORMSDIST: POI's NORMSDIST gives #NUM! below zero.
            case NORMDIST -> "NORMDIST(" + String.join(",", args) + ",TRUE)";
            case PRESENT -> "IF(ISNUMBER(" + args.get(0) + "),1,0)";
            case AND -> "IF(AND(" + String.join(",", args) + "),1,0)";
            default -> e.function().name().toUpperCase(Locale.ROOT) + "(" + args.stream().collect(Collectors.joining(",")) + ")";
        };
    }

    public String iff(Expr.If e) {
        return "IF(" + e.condition().accept(this) + "," + e.then().accept(this) + "," + e.otherwise().accept(this) + ")";
    }
}
