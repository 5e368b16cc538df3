package com.ratecard.render.xlsx;

import com.ratecard.data.Engagement;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.pricing.BudgetUnit;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.Range;
import com.ratecard.pricing.steps.Steps;
import com.ratecard.pricing.steps.Table;
import java.util.List;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/**
 * The hidden Tables sheet: the inputs' lists and the pricing steps' tables under the workbook
 * names the Calculator's formulas use, and the series the charts draw. Values come from the
 * quote's steps, as the engine read them.
 */
final class TablesSheet {
    /** Where the charts' series were written. */
    record Charts(RangeChart.Data summary, int recommendedBar, int budgetBar, RangeChart.Data locations, int locationBar) {}

    private TablesSheet() {}

    static Charts write(RenderContext context) {
        Grid grid = context.grid(WorkbookTemplate.TABLES);
        Steps steps = context.quote().steps();
        MarketData data = context.data();
        int col = 0;
        col = list(context, grid, col, "Level", "Levels_Name",
                steps.levels().stream().map(id -> data.levels().resolve(id).name()).toList());
        col = list(context, grid, col, "Location", "Locations_Name",
                steps.locations().stream().map(id -> data.locations().resolve(id).name()).toList());
        col = list(context, grid, col, "Engagement", "Engagements",
                steps.engagements().stream().map(Engagement::label).toList());
        for (Table table : steps.tables(context.definitions())) col = table(context, grid, col, table);
        return charts(context, grid, col);
    }

    private static int list(RenderContext context, Grid grid, int col, String title, String name, List<String> items) {
        grid.header(0, col, title);
        for (int i = 0; i < items.size(); i++) grid.text(1 + i, col, items.get(i), Look.TEXT);
        context.name(name, grid.range(1, items.size(), col));
        return col + 2;
    }

    /** A table's row keys, column keys and values; the values' block carries the table's name. */
    private static int table(RenderContext context, Grid grid, int col, Table table) {
        grid.text(0, col, table.title(), Look.HEADER);
        for (int j = 0; j < table.columns().size(); j++) grid.text(0, col + 1 + j, table.columns().get(j), Look.HEADER);
        for (int i = 0; i < table.rows().size(); i++) {
            grid.text(1 + i, col, table.rows().get(i), Look.TEXT);
            for (int j = 0; j < table.columns().size(); j++) {
                grid.number(1 + i, col + 1 + j, table.value(i + 1, j + 1), Look.FACTOR);
            }
        }
        String sheet = grid.sheet().getSheetName();
        context.name(table.name(), new AreaReference(new CellReference(sheet, 1, col + 1, true, true),
                new CellReference(sheet, table.rows().size(), col + table.columns().size(), true, true),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).formatAsString());
        return col + table.columns().size() + 2;
    }

    private static Charts charts(RenderContext context, Grid grid, int col) {
        Quote q = context.quote();
        int summaryCol = col;
        grid.header(0, summaryCol, "Summary chart", "From", "Span");
        int row = 1;
        row = bar(grid, row, summaryCol, "Aggregators' blend (" + q.level().name() + ")", q.market().blended());
        row = bar(grid, row, summaryCol, "Hiring market, P10 to P90", new Range(q.percentiles().p10(), q.percentiles().p90()));
        int recommended = row - 1;
        row = bar(grid, row, summaryCol, "Recommended base (P25 to P75)", q.recommendedBase());
        int budget = -1;
        if (q.hasBudget() && q.budget().unit() == BudgetUnit.BASE) {
            budget = row - 1;
            // A thin bar at the budget: a marker, not a bar from the axis.
            long amount = Math.round(q.budget().amount());
            long half = Math.max(250, (q.percentiles().p90() - q.percentiles().p10()) / 200);
            row = bar(grid, row, summaryCol, "Client budget", new Range(amount - half, amount + half));
        }
        RangeChart.Data summary = new RangeChart.Data(grid.sheet(), 1, row - 1, summaryCol, summaryCol + 1, summaryCol + 2);

        int locationCol = summaryCol + 4;
        grid.header(0, locationCol, "Locations chart", "From", "Span");
        List<Location> locations = context.data().locations().items();
        for (int i = 0; i < q.alternatives().markets().size(); i++) {
            var market = q.alternatives().markets().get(i);
            bar(grid, 1 + i, locationCol, market.name(), market.recommended());
        }
        RangeChart.Data locationData = new RangeChart.Data(grid.sheet(), 1, locations.size(), locationCol, locationCol + 1,
                locationCol + 2);
        return new Charts(summary, recommended, budget, locationData, locations.indexOf(q.location()));
    }

    private static int bar(Grid grid, int row, int col, String label, Range range) {
        grid.text(row, col, label, Look.TEXT);
        grid.number(row, col + 1, range.low(), Look.MONEY);
        grid.number(row, col + 2, range.high() - range.low(), Look.MONEY);
        return row + 1;
    }

    static List<String> levelNames(MarketData data) {
        return data.levelsByRank().stream().map(Level::name).toList();
    }
}
