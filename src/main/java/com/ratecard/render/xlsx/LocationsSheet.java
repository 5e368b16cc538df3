package com.ratecard.render.xlsx;

import com.ratecard.data.Location;
import com.ratecard.data.MarketKind;
import com.ratecard.pricing.Alternative;
import com.ratecard.pricing.Quote;
import java.util.Map;

/**
 * Locations: every market the guide lists with its average salary and differential (evidence),
 * how it prices against the budget guidance, and this opening priced there by the engine; this
 * opening's market highlighted, and a chart of the recommendation by market.
 */
final class LocationsSheet {
    private static final int LAST_COL = 8;

    private LocationsSheet() {}

    static void write(RenderContext context, TablesSheet.Charts charts) {
        Grid grid = context.grid(WorkbookTemplate.LOCATIONS);
        Quote q = context.quote();
        grid.text(0, 0, "Locations: this opening in every market", Look.TITLE);
        grid.merge(0, 0, LAST_COL);
        grid.text(1, 0, "The guide's budget guidance holds in most US markets outside the Bay Area and New York; those two "
                + "carry a premium over it, Southern California has its own budget at mid level, and remote takes the guide's "
                + "discount down to its floor (the \"Priced as\" column). The salary and differential columns are the guide's location table.", Look.SUBTITLE);
        grid.merge(1, 0, LAST_COL);
        grid.fitRow(1, grid.sheet().getRow(1).getCell(0).getStringCellValue(), grid.widthChars(0, LAST_COL));
        grid.header(3, 0, "Location", "Avg. salary low", "Avg. salary high", "Differential low", "Differential high",
                "Priced as", "This opening, low", "This opening, high", "Note");
        grid.sheet().createFreezePane(1, 4);
        int row = 4;
        for (Alternative market : q.alternatives().markets()) {
            Location l = context.data().locations().resolve(market.id());
            grid.text(row, 0, l.name(), Look.LABEL);
            grid.number(row, 1, l.salaryLow(), Look.MONEY);
            grid.number(row, 2, l.salaryHigh(), Look.MONEY);
            grid.number(row, 3, l.diffLowPct() / 100, Look.PERCENT_SIGNED);
            grid.number(row, 4, l.diffHighPct() / 100, Look.PERCENT_SIGNED);
            grid.text(row, 5, pricedAs(l.market()), Look.TEXT);
            grid.number(row, 6, market.recommended().low(), Look.MONEY);
            grid.number(row, 7, market.recommended().high(), Look.MONEY);
            grid.text(row, 8, l.note(), Look.NOTE);
            if (market.current()) grid.highlight(row, 0, LAST_COL);
            row++;
        }
        row++;
        var brand = context.document().brand();
        RangeChart.draw(grid.sheet(), 0, row, LAST_COL + 1, row + 18, "Recommended base for this opening by market",
                charts.locations(), new RangeChart.Palette(brand.primary().bytes(),
                        Map.of(charts.locationBar(), brand.accent().bytes()), brand.font().family()));
    }

    private static String pricedAs(MarketKind kind) {
        return switch (kind) {
            case GUIDANCE -> "guidance";
            case UNLISTED -> "guidance";
            case PREMIUM -> "premium";
            case REMOTE -> "remote";
        };
    }
}
