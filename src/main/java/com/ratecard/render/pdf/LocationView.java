package com.ratecard.render.pdf;

import com.ratecard.data.Location;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Quote;
import java.util.List;

/**
 * This location's differential and what it does to the base, the guide's average MLOps salary
 * there, and the same opening priced in every other market (dearest first), as a table and a
 * chart. {@code difference} is each market's recommended minimum against this one's.
 */
public record LocationView(String name, String note, boolean remote, String differential, String effect,
                           String averageSalary, List<Row> markets, RangeChart chart) {
    public LocationView {
        markets = List.copyOf(markets);
    }

    public record Row(String name, String differential, String recommendedBase, String difference, String note,
                      boolean current) {}

    static LocationView of(Quote quote, List<Quote> byLocation) {
        Location here = quote.location();
        Adjustment line = quote.adjustments().stream()
                .filter(a -> a.kind() == AdjustmentKind.LOCATION || a.kind() == AdjustmentKind.REMOTE)
                .findFirst().orElseThrow(() -> new IllegalStateException("a quote always has a location line"));
        List<Row> rows = byLocation.stream().map(q -> new Row(q.location().name(),
                Formats.signedPctRange(q.location().diffLowPct(), q.location().diffHighPct()),
                Formats.range(q.recommendedBase()),
                q.location().equals(here) ? "" : Formats.signed(q.recommendedBase().low() - quote.recommendedBase().low()),
                q.location().note(), q.location().equals(here))).toList();
        RangeChart.Builder chart = RangeChart.builder();
        byLocation.forEach(q -> chart.bar(q.location().name(), q.recommendedBase(),
                q.location().equals(here) ? "recommended" : "alternative"));
        if (quote.hasBudget()) chart.marker("Client budget", quote.budget().budget(), "budget");
        return new LocationView(here.name(), here.note(), here.remote(),
                Formats.signedPctRange(here.diffLowPct(), here.diffHighPct()),
                Formats.signed(line.effectLow()) + " to " + Formats.signed(line.effectHigh()),
                Formats.range(here.salaryLow(), here.salaryHigh()), rows, chart.build());
    }
}
