package com.ratecard.render.pdf;

import com.ratecard.data.Source;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Alternative;
import com.ratecard.pricing.Benchmark;
import com.ratecard.pricing.Quote;
import java.util.List;

/**
 * How the recommendation was reached, in the client's terms: the sources and the dates, each of
 * the guide's statements held against the quote with how it sits ({@code relationId}: matches,
 * within, contains, overlaps, above, below) and, where it departs, why; the build-up from the
 * guide's base through each line; and the opening at every level. No data files, policy keys or
 * internal settings: those are in the deal sheet.
 */
public record MethodView(List<SourceRow> sources, String dataAsOf, String effective, boolean aged,
                         List<BenchmarkRow> benchmarks, List<StepRow> buildUp, String recommendedBase, List<LevelRow> levels) {
    public MethodView {
        sources = List.copyOf(sources);
        benchmarks = List.copyOf(benchmarks);
        buildUp = List.copyOf(buildUp);
        levels = List.copyOf(levels);
    }

    public record SourceRow(String name, String cite) {}

    /** {@code why} is empty when the quote matches the statement. */
    public record BenchmarkRow(String id, String label, String range, String compared, String relationId, boolean departs,
                               String why, String cite) {}

    /** One line of the build-up; {@code kind} is the line's kind id (base, location, skill, ..., aging). */
    public record StepRow(String kind, String label, String rule, String effect, String after) {}

    public record LevelRow(String name, String recommendedBase, String totalComp, String billRate, boolean current) {}

    static MethodView of(Quote quote, List<Source> sources, com.ratecard.render.brand.Brand brand) {
        List<SourceRow> sourceRows = sources.stream().map(s -> new SourceRow(s.name(), s.provenance().cite())).toList();
        List<BenchmarkRow> benchmarks = quote.benchmarks().stream().map(MethodView::benchmark).toList();
        List<StepRow> buildUp = quote.adjustments().stream().map(MethodView::step).toList();
        List<LevelRow> levels = quote.alternatives().levels().stream().map(MethodView::level).toList();
        return new MethodView(sourceRows, Formats.date(quote.dataAsOf(), brand), Formats.date(quote.effectiveDate(), brand),
                quote.effectiveDate().isAfter(quote.dataAsOf()), benchmarks, buildUp, Formats.range(quote.recommendedBase()),
                levels);
    }

    static BenchmarkRow benchmark(Benchmark b) {
        return new BenchmarkRow(b.id(), Formats.prose(b.label()), Formats.range(b.range()), Formats.range(b.compared()),
                b.relation().id(), b.departs(), Formats.prose(b.why()), b.provenance().cite());
    }

    static StepRow step(Adjustment a) {
        String effect = a.kind() == AdjustmentKind.BASE ? "" : Formats.signed(a.effectLow()) + " / " + Formats.signed(a.effectHigh());
        return new StepRow(a.kind().id(), Formats.prose(a.label()), a.rate(), effect, Formats.range(a.after()));
    }

    private static LevelRow level(Alternative a) {
        return new LevelRow(a.name(), Formats.range(a.recommended()), Formats.range(a.totalComp()), Formats.hourly(a.billRate()),
                a.current());
    }
}
