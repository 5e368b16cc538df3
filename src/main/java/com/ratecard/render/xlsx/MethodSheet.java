package com.ratecard.render.xlsx;

import com.ratecard.data.MarketData;
import com.ratecard.data.PolicyValue;
import com.ratecard.data.Source;
import com.ratecard.pricing.Benchmark;
import com.ratecard.pricing.Explanation;
import com.ratecard.pricing.Quote;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Method & sources: where every figure comes from (the guide's tables behind the data files, the
 * as-of date), the policy values and assumptions used, and the engine's explanation trail.
 */
final class MethodSheet {
    private static final int LAST_COL = 3;

    /** A data file, the part of the guide it holds, and how many rows it has. */
    private record DataFile(String name, String holds, ToIntFunction<MarketData> rows) {}

    private static final List<DataFile> FILES = List.of(
            new DataFile("sources.csv", "The four salary aggregators and their weights in the blend", d -> d.sources().size()),
            new DataFile("base-salary.csv", "The guide's Salary by Experience Level table: each source's range per level",
                    d -> d.sourceRanges().size()),
            new DataFile("levels.csv", "The experience levels and their years", d -> d.levels().items().size()),
            new DataFile("locations.csv", "The guide's Where You Work table: salary bands and differentials",
                    d -> d.locations().items().size()),
            new DataFile("roles.csv", "The guide's Pay Gap table: national and senior bands per role",
                    d -> d.roles().items().size()),
            new DataFile("skills.csv", "The guide's premium, expected and certification skills", d -> d.skills().items().size()),
            new DataFile("skill-combos.csv", "The skill combination the guide singles out", d -> d.combos().size()),
            new DataFile("guidance.csv", "The guide's budgeting statements (budgets, add-ons, total comp, contract band)",
                    d -> d.guidance().size()),
            new DataFile("facts.csv", "Other figures the guide states, kept on file", d -> d.facts().size()),
            new DataFile("policy.csv", "The agency's settings the guide does not give (marked as policy)",
                    d -> d.policy().all().size()));

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
        MarketData data = context.data();
        grid.text(0, 0, "Method & sources", Look.TITLE);
        grid.merge(0, 0, LAST_COL);
        grid.text(1, 0, "Market figures as of " + context.dates().date(q.dataAsOf()) + " (MLOps Engineer Salary Guide 2026); aged to "
                + context.dates().date(q.effectiveDate())
                + ". Every figure below names the data file row and the part of the guide or policy it rests on.", Look.SUBTITLE);
        grid.merge(1, 0, LAST_COL);
        grid.sheet().createFreezePane(0, 2);
        row = 3;

        section("The guide's tables behind the data");
        grid.header(row++, 0, "File", "Rows", "Holds");
        for (DataFile file : FILES) {
            grid.text(row, 0, file.name(), Look.LABEL);
            grid.number(row, 1, file.rows().applyAsInt(data), Look.NUMBER);
            grid.text(row, 2, file.holds(), Look.WRAP);
            grid.merge(row, 2, LAST_COL);
            row++;
        }
        row++;

        section("Salary aggregators");
        grid.header(row++, 0, "Source", "Weight", "Cite");
        for (Source source : data.sources()) {
            grid.text(row, 0, source.name(), Look.LABEL);
            grid.number(row, 1, source.weight(), Look.NUMBER);
            wrapped(2, source.provenance().describe());
            row++;
        }
        row++;

        section("Policy values used (agency settings, not from the guide)");
        grid.header(row++, 0, "Setting", "Value", "Description", "Where");
        for (PolicyValue value : data.policy().all()) {
            grid.text(row, 0, value.key().key(), Look.LABEL);
            grid.text(row, 1, value.value() + " " + value.unit(), Look.TEXT);
            grid.text(row, 2, value.description(), Look.WRAP);
            grid.text(row, 3, value.provenance().file() + ":" + value.provenance().line(), Look.TEXT);
            grid.fitRow(row, value.description(), grid.widthChars(2, 2));
            row++;
        }
        row++;

        section("Assumptions");
        for (String assumption : List.of(
                "Salaries are normally distributed; a blended range's ends are the percentiles that leave the market "
                        + "coverage between them, so percentiles and the budget's position are read on that curve.",
                "Every line of the build-up rounds each end to the dollar (half up, as Excel's ROUND); hourly rates to the cent.",
                "The market for this opening is the aggregators' blend taken through the same location, skill, "
                        + "combination, clearance and aging lines as the recommendation.",
                "Roles without a per-level table are priced from the MLOps sources scaled by a role factor.",
                "The Calculator keeps the role as generated; its level, location, skills, clearance, engagement, markup, "
                        + "budget and date are inputs, and its formulas repeat the engine's steps.")) {
            grid.text(row, 0, "\u2022 " + assumption, Look.WRAP);
            grid.merge(row, 0, LAST_COL);
            grid.fitRow(row++, assumption, grid.widthChars(0, LAST_COL));
        }
        row++;

        section("Explanation trail for this quote");
        grid.header(row++, 0, "Figure", "Value", "How", "Source");
        for (Explanation step : q.explanation()) {
            grid.text(row, 0, step.figure(), Look.WRAP);
            grid.text(row, 1, step.value(), Look.WRAP);
            grid.text(row, 2, step.how(), Look.WRAP);
            grid.text(row, 3, step.source(), Look.WRAP);
            for (int col = 0; col <= 3; col++) grid.fitRow(row, grid.cell(row, col).getStringCellValue(), grid.widthChars(col, col));
            row++;
        }
        row++;

        section("The guide's statements held against this quote");
        grid.header(row++, 0, "Benchmark", "Low", "High", "Source");
        for (Benchmark b : q.benchmarks()) {
            grid.text(row, 0, b.label(), Look.LABEL);
            grid.number(row, 1, b.range().low(), Look.MONEY);
            grid.number(row, 2, b.range().high(), Look.MONEY);
            wrapped(3, b.provenance().describe());
            row++;
        }
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
