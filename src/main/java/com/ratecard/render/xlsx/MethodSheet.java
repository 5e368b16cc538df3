package com.ratecard.render.xlsx;

import com.ratecard.data.Source;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Benchmark;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Quote;
import java.util.List;

/**
 * Method & sources, as the client reads it: how the price is built in plain words, the salary
 * aggregators and where in the guide each figure is, this opening's build-up, and each of the
 * guide's statements held against the quote with the reason wherever it departs. Nothing of the
 * agency's own (policy keys, data files and lines, markup, internal thresholds): the deal sheet
 * has those.
 */
final class MethodSheet {
    private static final int LAST_COL = 3;

    /** The method in the client's words, one step a line. */
    private static final List<String> STEPS = List.of(
            "The price starts from the guide's budget for the level in most US markets outside the Bay Area and New York; "
                    + "a level the guide gives no budget for takes the aggregators' range for it, lifted as much as the "
                    + "guide's budget lifts the nearest level.",
            "A role the guide has no per-level table for is scaled from MLOps Engineer by the guide's own pay-gap table; "
                    + "its confidence is low.",
            "The market: the Bay Area and New York carry a premium over most US markets, Southern California at mid "
                    + "level has the guide's regional budget, and a fully remote hire takes the guide's remote discount "
                    + "but never goes below the floor for candidates with production experience.",
            "Each premium skill, the skill combination and a security clearance add the guide's band; premium skills "
                    + "overlap, so each after the first counts at part of its band.",
            "The recommended range is the middle half of the hiring market for the opening; the client's budget, the "
                    + "chart and the changes that would close a gap are all read on that same market.",
            "The contract bill rate is what the client pays an hour; it places the guide's mid and senior budgets inside "
                    + "its contract band for MLOps engineers.",
            "The Calculator's formulas are these same steps, as the proposal was priced: change its inputs and every "
                    + "figure follows.");

    private final RenderContext context;
    private final Grid grid;
    private int row;

    private MethodSheet(RenderContext context) {
        this.context = context;
        this.grid = context.grid(WorkbookTemplate.METHOD);
    }

    static void write(RenderContext context) {
        new MethodSheet(context).write();
    }

    private void write() {
        Quote q = context.quote();
        grid.text(0, 0, "Method & sources", Look.TITLE);
        grid.merge(0, 0, LAST_COL);
        grid.text(1, 0, "Market figures from the MLOps Engineer Salary Guide 2026, as of " + context.dates().date(q.dataAsOf())
                + (q.effectiveDate().isAfter(q.dataAsOf()) ? ", brought forward to " + context.dates().date(q.effectiveDate()) : "")
                + ".", Look.SUBTITLE);
        grid.merge(1, 0, LAST_COL);
        grid.sheet().createFreezePane(0, 2);
        row = 3;

        section("How the price is built");
        for (String step : STEPS) {
            grid.text(row, 0, "\u2022 " + step, Look.WRAP);
            grid.merge(row, 0, LAST_COL);
            grid.fitRow(row++, step, grid.widthChars(0, LAST_COL));
        }
        row++;

        section("Salary aggregators the guide compiles");
        grid.header(row, 0, "Source", "Weight", "Where in the guide");
        grid.merge(row++, 2, LAST_COL);
        for (Source source : context.data().sources()) {
            grid.text(row, 0, source.name(), Look.LABEL);
            grid.number(row, 1, source.weight(), Look.NUMBER);
            wrapped(2, source.provenance().cite());
            row++;
        }
        row++;

        section("This opening's build-up");
        grid.header(row++, 0, "Step", "Adds (low / high)", "Rule", "Range after");
        for (Adjustment a : q.adjustments()) {
            String rule = switch (a.kind()) {
                case BASE -> "the guide's base for the level";
                case AGING -> "market growth since " + q.dataAsOf();
                default -> a.rate();
            };
            grid.text(row, 0, a.label(), Look.WRAP);
            grid.text(row, 1, a.kind() == AdjustmentKind.BASE ? "" : Money.signed(a.effectLow()) + " / " + Money.signed(a.effectHigh()),
                    Look.TEXT);
            grid.text(row, 2, rule, Look.WRAP);
            grid.text(row, 3, Money.range(a.after()), Look.TEXT);
            grid.fitRow(row, a.label(), grid.widthChars(0, 0));
            grid.fitRow(row, rule, grid.widthChars(2, 2));
            row++;
        }
        row++;

        section("The guide's statements held against this quote");
        grid.header(row++, 0, "Statement", "The guide", "This quote", "How they compare");
        for (Benchmark b : q.benchmarks()) {
            String compare = relation(b) + (b.why().isEmpty() ? "" : " Why: " + b.why() + ".");
            grid.text(row, 0, b.label(), Look.WRAP);
            grid.text(row, 1, Money.range(b.range()), Look.TEXT);
            grid.text(row, 2, Money.range(b.compared()), Look.TEXT);
            grid.text(row, 3, compare, Look.WRAP);
            grid.fitRow(row, b.label(), grid.widthChars(0, 0));
            grid.fitRow(row, compare, grid.widthChars(3, 3));
            row++;
        }
    }

    private static String relation(Benchmark b) {
        return switch (b.relation()) {
            case MATCHES -> "The same.";
            case WITHIN -> "Within the guide's figure.";
            case CONTAINS -> "Spans the guide's figure.";
            case OVERLAPS -> "Overlaps the guide's figure.";
            case ABOVE -> "Above the guide's figure.";
            case BELOW -> "Below the guide's figure.";
        };
    }

    private void wrapped(int col, String text) {
        grid.text(row, col, text, Look.WRAP);
        grid.merge(row, col, LAST_COL);
        grid.fitRow(row, text, grid.widthChars(col, LAST_COL));
    }

    private void section(String title) {
        grid.text(row, 0, title, Look.SECTION);
        grid.merge(row++, 0, LAST_COL);
    }
}
