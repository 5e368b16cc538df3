package com.ratecard.render.xlsx;

import com.ratecard.data.Location;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.Range;
import java.util.List;
import java.util.Map;

/**
 * Locations: every market with its salary band and differential, what the differential does to
 * this opening's base (live formulas), this opening's location highlighted, and a chart of the bands.
 */
final class LocationsSheet {
    private static final int LAST_COL = 8;

    private LocationsSheet() {}

    static void write(RenderContext context, TablesSheet.Charts charts) {
        Grid grid = context.grid(WorkbookTemplate.LOCATIONS);
        Quote q = context.quote();
        Range base = q.adjustments().stream().filter(a -> a.kind() == AdjustmentKind.BASE).findFirst().orElseThrow().after();
        grid.text(0, 0, "Locations: average MLOps salary and the differential against the national average", Look.TITLE);
        grid.merge(0, 0, LAST_COL);
        grid.text(1, 0, "The differential applies to each end of the base. This opening: " + q.location().name()
                + ", base " + Money.dollars(base.low()) + " - " + Money.dollars(base.high()) + " before it.", Look.SUBTITLE);
        grid.merge(1, 0, LAST_COL);
        grid.text(2, 0, "Base before location", Look.LABEL);
        grid.number(2, 1, base.low(), Look.MONEY);
        grid.number(2, 2, base.high(), Look.MONEY);
        grid.header(4, 0, "Location", "Salary low", "Salary high", "Differential low", "Differential high", "Remote",
                "This base here, low", "This base here, high", "Note");
        grid.sheet().createFreezePane(1, 5);
        List<Location> locations = context.data().locations().items();
        int row = 5;
        for (Location l : locations) {
            grid.text(row, 0, l.name(), Look.LABEL);
            grid.number(row, 1, l.salaryLow(), Look.MONEY);
            grid.number(row, 2, l.salaryHigh(), Look.MONEY);
            grid.number(row, 3, l.diffLowPct() / 100, Look.PERCENT_SIGNED);
            grid.number(row, 4, l.diffHighPct() / 100, Look.PERCENT_SIGNED);
            grid.text(row, 5, l.remote() ? "yes" : "no", Look.FLAG);
            // The location line of the engine: each end x (1 + its differential), rounded to the dollar.
            grid.formula(row, 6, "ROUND($B$3*(1+" + Grid.rel(row, 3) + "),0)", Look.MONEY);
            grid.formula(row, 7, "ROUND($C$3*(1+" + Grid.rel(row, 4) + "),0)", Look.MONEY);
            grid.text(row, 8, l.note(), Look.NOTE);
            if (l.equals(q.location())) grid.highlight(row, 0, LAST_COL);
            row++;
        }
        row++;
        var brand = context.document().brand();
        RangeChart.draw(grid.sheet(), 0, row, LAST_COL + 1, row + 18, "Average MLOps base salary by location",
                charts.locations(), new RangeChart.Palette(brand.primary().bytes(),
                        Map.of(charts.locationBar(), brand.accent().bytes()), brand.font().family()));
    }
}
