package com.ratecard.render.pdf;

import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Alternative;
import com.ratecard.pricing.Quote;
import java.util.Comparator;
import java.util.List;

/**
 * Where the opening is priced: the market's kind ({@code kindId}: guidance, unlisted, premium,
 * remote, for the template's words), the line it adds ({@code lineKind}: location, regional or
 * remote; {@code line} and {@code rule}; all null when the market takes the guide's budget as it is), the guide's note and average salary there, and the
 * same opening priced in every market (dearest first), as a table and a chart. {@code difference}
 * is each market's recommended minimum against this one's.
 */
public record LocationView(String name, String kindId, String note, boolean remote, String lineKind, String line, String rule,
                           String effect, String averageSalary, List<Row> markets, RangeChart chart) {
    public LocationView {
        markets = List.copyOf(markets);
    }

    public record Row(String name, String recommendedBase, String difference, String note, boolean current) {}

    static LocationView of(Quote quote, MarketData data) {
        Location here = quote.location();
        Adjustment line = quote.adjustments().stream()
                .filter(a -> a.kind() == AdjustmentKind.LOCATION || a.kind() == AdjustmentKind.REMOTE
                        || a.kind() == AdjustmentKind.REGIONAL).findFirst().orElse(null);
        List<Alternative> byMarket = quote.alternatives().markets().stream()
                .sorted(Comparator.comparingLong((Alternative a) -> a.recommended().low()).reversed().thenComparing(Alternative::id))
                .toList();
        List<Row> rows = byMarket.stream().map(a -> {
            Location l = data.locations().resolve(a.id());
            return new Row(l.name(), Formats.range(a.recommended()),
                    a.current() ? "" : Formats.signed(a.recommended().low() - quote.recommendedBase().low()), l.note(), a.current());
        }).toList();
        RangeChart.Builder chart = RangeChart.builder();
        byMarket.forEach(a -> chart.bar(a.name(), a.recommended(), a.current() ? "recommended" : "alternative"));
        Budgets.marker(quote, chart);
        return new LocationView(here.name(), here.market().id(), here.note(), here.remote(),
                line == null ? null : line.kind().id(), line == null ? null : Formats.prose(line.label()),
                line == null ? null : line.rate(),
                line == null ? null : Formats.signed(line.effectLow()) + " to " + Formats.signed(line.effectHigh()),
                Formats.range(here.salaryLow(), here.salaryHigh()), rows, chart.build());
    }
}
