package com.ratecard.render.pdf;

import com.ratecard.data.Policy;
import com.ratecard.data.PolicyValue;
import com.ratecard.data.Source;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Explanation;
import com.ratecard.pricing.Quote;
import java.util.List;

/**
 * How every figure was reached: the build-up from the guide's base to the recommendation, the
 * engine's explanation trail (figure, value, how, source), the guide's statements held against
 * the quote, the sources and their weights, the as-of and effective dates, and every policy value.
 */
public record MethodView(List<StepRow> buildUp, String recommendedBase, List<TrailRow> trail,
                         List<BenchmarkRow> benchmarks, List<SourceRow> sources, String dataAsOf, String effective,
                         List<PolicyRow> policy) {
    public MethodView {
        buildUp = List.copyOf(buildUp);
        trail = List.copyOf(trail);
        benchmarks = List.copyOf(benchmarks);
        sources = List.copyOf(sources);
        policy = List.copyOf(policy);
    }

    /** One line of the build-up; {@code effect} is empty for the starting base. */
    public record StepRow(String label, String rule, String effect, String after) {}

    public record TrailRow(String figure, String value, String how, String source) {}

    public record BenchmarkRow(String label, String range, String source) {}

    public record SourceRow(String name, String weight, String cite) {}

    public record PolicyRow(String key, String value, String description) {}

    static MethodView of(Quote quote, List<Source> sources, Policy policy, com.ratecard.render.brand.Brand brand) {
        List<StepRow> buildUp = quote.adjustments().stream().map(MethodView::step).toList();
        List<TrailRow> trail = quote.explanation().stream().map(MethodView::trail).toList();
        List<BenchmarkRow> benchmarks = quote.benchmarks().stream()
                .map(b -> new BenchmarkRow(b.label(), Formats.range(b.range()), b.provenance().describe())).toList();
        List<SourceRow> sourceRows = sources.stream()
                .map(s -> new SourceRow(s.name(), Formats.weight(s.weight()), s.provenance().cite())).toList();
        List<PolicyRow> policyRows = policy.all().stream().map(MethodView::policy).toList();
        return new MethodView(buildUp, Formats.range(quote.recommendedBase()), trail, benchmarks, sourceRows,
                Formats.date(quote.dataAsOf(), brand), Formats.date(quote.effectiveDate(), brand), policyRows);
    }

    private static StepRow step(Adjustment a) {
        String effect = a.kind() == AdjustmentKind.BASE ? ""
                : Formats.signed(a.effectLow()) + " / " + Formats.signed(a.effectHigh());
        return new StepRow(a.label(), a.rate(), effect, Formats.range(a.after()));
    }

    private static TrailRow trail(Explanation e) {
        return new TrailRow(e.figure(), e.value(), e.how(), e.source());
    }

    /** Policy values as a reader expects them: "$10,000", "45%", "5% a year", "2080 hours". */
    private static PolicyRow policy(PolicyValue v) {
        String value = switch (v.unit()) {
            case "usd" -> Formats.money(Math.round(v.number()));
            case "pct" -> v.value() + "%";
            case "pct-per-year" -> v.value() + "% a year";
            case "date" -> v.value();
            default -> v.value() + " " + v.unit();
        };
        return new PolicyRow(v.key().key(), value, v.description());
    }
}
