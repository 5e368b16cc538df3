package com.ratecard.render.pdf;

import com.ratecard.pricing.Quote;
import com.ratecard.pricing.Range;
import com.ratecard.pricing.SourceQuote;
import java.util.List;

/**
 * The market evidence for the level: each aggregator's range side by side and their blend, beside
 * the hiring market for this opening (10th to 90th percentile) and the recommendation, with the
 * guide's reason the aggregators read lower, the confidence and a chart of them all.
 * {@code derived} when the role has no per-level data and the sources were scaled from MLOps.
 */
public record MarketView(String level, String role, boolean derived, List<SourceRow> sources, String blended,
                         String hiringMarket, String recommended, String whyLower, String confidence, String confidenceId,
                         RangeChart chart) {
    public MarketView {
        sources = List.copyOf(sources);
    }

    public record SourceRow(String name, String low, String high, String midpoint) {}

    static MarketView of(Quote quote) {
        List<SourceRow> sources = quote.market().sources().stream().map(MarketView::source).toList();
        var p = quote.percentiles();
        return new MarketView(quote.level().name(), quote.role().name(), quote.market().derived(), sources,
                Formats.range(quote.market().blended()), Formats.range(p.p10(), p.p90()), Formats.range(quote.recommendedBase()),
                quote.hiring().whyAggregatorsReadLower(), quote.market().confidence().label(),
                quote.market().confidence().name().toLowerCase(java.util.Locale.ROOT), chart(quote));
    }

    private static SourceRow source(SourceQuote s) {
        return new SourceRow(s.source(), Formats.money(s.low()), Formats.money(s.high()),
                Formats.money(Math.round((s.low() + s.high()) / 2.0)));
    }

    private static RangeChart chart(Quote quote) {
        RangeChart.Builder chart = RangeChart.builder();
        for (SourceQuote s : quote.market().sources()) chart.bar(s.source(), new Range(s.low(), s.high()), "source");
        chart.bar("Aggregators\u2019 blend", quote.market().blended(), "blend");
        var p = quote.percentiles();
        chart.bar("Hiring market (10th\u201390th)", new Range(p.p10(), p.p90()), "opening");
        chart.bar("Recommended base", quote.recommendedBase(), "recommended");
        Budgets.marker(quote, chart);
        return chart.build();
    }
}
