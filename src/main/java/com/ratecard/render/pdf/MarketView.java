package com.ratecard.render.pdf;

import com.ratecard.pricing.Percentiles;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.Range;
import com.ratecard.pricing.SourceQuote;
import java.util.List;
import java.util.Locale;

/**
 * The market data for the level: each source's range side by side, the blend and its
 * percentiles, the same taken through this opening's adjustments, confidence, and the chart.
 * {@code derived} when the role has no per-level data and the sources were scaled from MLOps.
 */
public record MarketView(String level, String role, boolean derived, String method, List<SourceRow> sources,
                         String blended, List<PercentileRow> percentiles, String forOpening, String confidence,
                         String confidenceId, String disagreement, RangeChart chart) {
    public MarketView {
        sources = List.copyOf(sources);
        percentiles = List.copyOf(percentiles);
    }

    public record SourceRow(String name, String low, String high, String midpoint, String weight) {}

    /** One percentile of the blended market and of the market for this opening. */
    public record PercentileRow(String name, String market, String forOpening) {}

    static MarketView of(Quote quote) {
        List<SourceRow> sources = quote.market().sources().stream().map(MarketView::source).toList();
        Percentiles o = quote.hiring().percentiles();
        List<PercentileRow> percentiles = List.of(row("P10", o.p10(), o.p10()), row("P25", o.p25(), o.p25()),
                row("P50 (median)", o.p50(), o.p50()), row("P75", o.p75(), o.p75()), row("P90", o.p90(), o.p90()));
        return new MarketView(quote.level().name(), quote.role().name(), quote.market().derived(), quote.market().method(),
                sources, Formats.range(quote.market().blended()), percentiles, Formats.range(quote.hiring().range()),
                quote.market().confidence().label(), quote.market().confidence().name().toLowerCase(Locale.ROOT),
                String.format(Locale.US, "%.1f%%", quote.market().disagreementPct()), chart(quote));
    }

    private static SourceRow source(SourceQuote s) {
        return new SourceRow(s.source(), Formats.money(s.low()), Formats.money(s.high()),
                Formats.money(Math.round((s.low() + s.high()) / 2.0)), Formats.weight(s.weight()));
    }

    private static PercentileRow row(String name, long market, long forOpening) {
        return new PercentileRow(name, Formats.money(market), Formats.money(forOpening));
    }

    private static RangeChart chart(Quote quote) {
        RangeChart.Builder chart = RangeChart.builder();
        for (SourceQuote s : quote.market().sources()) {
            chart.bar(s.source(), new Range(s.low(), s.high()), "source");
        }
        chart.bar("Aggregators' blend", quote.market().blended(), "blend");
        chart.bar("Recommended base", quote.recommendedBase(), "recommended");
        Budgets.marker(quote, chart);
        return chart.build();
    }
}
