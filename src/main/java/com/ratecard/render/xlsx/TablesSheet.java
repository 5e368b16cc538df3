package com.ratecard.render.xlsx;

import com.ratecard.data.Engagement;
import com.ratecard.data.Location;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.Range;
import java.util.List;

/**
 * The hidden Tables sheet: the lookups behind the Calculator's formulas (per level, per location)
 * under workbook names, and the series the charts draw. Values come from the engine and the data.
 */
final class TablesSheet {
    /** Where the charts' series were written. */
    record Charts(RangeChart.Data summary, int recommendedBar, int budgetBar, RangeChart.Data locations, int locationBar) {}

    private static final int LEVELS = 0;
    private static final int LOCATIONS = 9;
    private static final int ENGAGEMENTS = 13;
    private static final int SUMMARY_CHART = 15;
    private static final int LOCATION_CHART = 19;

    private TablesSheet() {}

    static Charts write(RenderContext context) {
        Grid grid = context.grid(WorkbookTemplate.TABLES);
        levels(context, grid);
        locations(context, grid);
        grid.header(0, ENGAGEMENTS, "Engagement");
        Engagement[] engagements = Engagement.values();
        for (int i = 0; i < engagements.length; i++) grid.text(1 + i, ENGAGEMENTS, engagements[i].label(), Look.TEXT);
        context.name("Engagements", grid.range(1, engagements.length, ENGAGEMENTS));
        return charts(context, grid);
    }

    private static void levels(RenderContext context, Grid grid) {
        grid.header(0, LEVELS, "Level", "Years", "Base low", "Base high", "Market blend low", "Market blend high",
                "Total comp uplift low", "Total comp uplift high");
        List<Quote> quotes = context.levels().byRank();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            int row = 1 + i;
            Range base = q.adjustments().stream().filter(a -> a.kind() == AdjustmentKind.BASE).map(Adjustment::after)
                    .findFirst().orElseThrow();
            grid.text(row, LEVELS, q.level().name(), Look.TEXT);
            grid.text(row, LEVELS + 1, q.level().yearsLabel(), Look.TEXT);
            grid.number(row, LEVELS + 2, base.low(), Look.MONEY);
            grid.number(row, LEVELS + 3, base.high(), Look.MONEY);
            grid.number(row, LEVELS + 4, q.market().blended().low(), Look.MONEY);
            grid.number(row, LEVELS + 5, q.market().blended().high(), Look.MONEY);
            // Fractions computed as the engine does (pct / 100) so 1 + fraction is the same double.
            grid.number(row, LEVELS + 6, q.totalComp().upliftLowPct() / 100, Look.PERCENT);
            grid.number(row, LEVELS + 7, q.totalComp().upliftHighPct() / 100, Look.PERCENT);
        }
        int last = quotes.size();
        String[] names = {"Levels_Name", null, "Levels_BaseLow", "Levels_BaseHigh", "Levels_BlendLow", "Levels_BlendHigh",
                "Levels_TotalCompLow", "Levels_TotalCompHigh"};
        for (int col = 0; col < names.length; col++) {
            if (names[col] != null) context.name(names[col], grid.range(1, last, LEVELS + col));
        }
    }

    private static void locations(RenderContext context, Grid grid) {
        grid.header(0, LOCATIONS, "Location", "Differential low", "Differential high");
        List<Location> locations = context.data().locations().items();
        for (int i = 0; i < locations.size(); i++) {
            Location l = locations.get(i);
            grid.text(1 + i, LOCATIONS, l.name(), Look.TEXT);
            grid.number(1 + i, LOCATIONS + 1, l.diffLowPct() / 100, Look.PERCENT_SIGNED);
            grid.number(1 + i, LOCATIONS + 2, l.diffHighPct() / 100, Look.PERCENT_SIGNED);
        }
        context.name("Locations_Name", grid.range(1, locations.size(), LOCATIONS));
        context.name("Locations_DiffLow", grid.range(1, locations.size(), LOCATIONS + 1));
        context.name("Locations_DiffHigh", grid.range(1, locations.size(), LOCATIONS + 2));
    }

    private static Charts charts(RenderContext context, Grid grid) {
        Quote q = context.quote();
        grid.header(0, SUMMARY_CHART, "Summary chart", "From", "Span");
        int row = 1;
        row = bar(grid, row, SUMMARY_CHART, "Aggregators' blend (" + q.level().name() + ", typical US)", q.market().blended());
        row = bar(grid, row, SUMMARY_CHART, "Market for this opening (P10-P90)", q.marketForOpening());
        row = bar(grid, row, SUMMARY_CHART, "Middle half of that market (P25-P75)",
                new Range(q.percentilesForOpening().p25(), q.percentilesForOpening().p75()));
        int recommended = row - 1;
        row = bar(grid, row, SUMMARY_CHART, "Recommended base", q.recommendedBase());
        int budget = -1;
        if (q.hasBudget()) {
            budget = row - 1;
            // From 0: the bar runs from the axis start to the budget.
            row = bar(grid, row, SUMMARY_CHART, "Client budget", new Range(0, q.budget().budget()));
        }
        RangeChart.Data summary = new RangeChart.Data(grid.sheet(), 1, row - 1, SUMMARY_CHART, SUMMARY_CHART + 1,
                SUMMARY_CHART + 2);

        grid.header(0, LOCATION_CHART, "Locations chart", "From", "Span");
        List<Location> locations = context.data().locations().items();
        for (Location l : locations) bar(grid, 1 + locations.indexOf(l), LOCATION_CHART, l.name(), new Range(l.salaryLow(), l.salaryHigh()));
        RangeChart.Data locationData = new RangeChart.Data(grid.sheet(), 1, locations.size(), LOCATION_CHART,
                LOCATION_CHART + 1, LOCATION_CHART + 2);
        return new Charts(summary, recommended, budget, locationData, locations.indexOf(q.location()));
    }

    private static int bar(Grid grid, int row, int col, String label, Range range) {
        grid.text(row, col, label, Look.TEXT);
        grid.number(row, col + 1, range.low(), Look.MONEY);
        grid.number(row, col + 2, range.high() - range.low(), Look.MONEY);
        return row + 1;
    }
}
