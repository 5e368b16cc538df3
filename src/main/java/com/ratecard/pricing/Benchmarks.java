package com.ratecard.pricing;

import com.ratecard.data.Guidance;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.data.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The guide's statements that bear on a quote, each held against the quote's figure, with the
 * reason wherever the quote departs from it: a quote never contradicts the guide it cites
 * without saying why.
 */
final class Benchmarks {
    static final String OUTBID = "the guide: \"Companies that used to budget $130K for this role are getting outbid\"";
    private final MarketData data;
    private final RoleScale scale;

    Benchmarks(MarketData data, RoleScale scale) {
        this.data = data;
        this.scale = scale;
    }

    List<Benchmark> of(Role role, Level level, Location location, Range recommended, TotalComp totalComp,
                       List<Adjustment> lines) {
        List<Benchmark> out = new ArrayList<>();
        String changes = changes(lines);
        if (role.perLevelData()) {
            data.budgetGuidance(level.id()).ifPresent(g -> out.add(benchmark("budget-guidance", "The guide's budget for a "
                    + level.name() + " " + role.name() + " (most US markets outside the Bay Area and New York)", g, recommended,
                    changes)));
            data.guidance().stream().filter(g -> g.id().startsWith("budget-") && location.id().equals(g.regionId())).forEach(g -> {
                boolean priced = g.levelIds().contains(level.id());
                String why = priced ? changes : "the guide gives this regional figure for \"a mid-to-senior MLOps engineer\"; "
                        + "we price it at " + String.join(", ", g.levelIds()) + " level, and a " + level.name()
                        + " hire at the guide's budget for that level, which holds in most US markets outside the Bay "
                        + "Area and New York, " + location.name() + " among them" + (changes.isEmpty() ? "" : "; " + changes);
                out.add(benchmark("regional-budget", "The guide's budget in " + location.name(), g, recommended, why));
            });
            data.guidance().stream().filter(g -> g.id().equals("total-comp-senior") && g.levelIds().contains(level.id()))
                    .forEach(g -> out.add(benchmark("total-comp", "The guide's total comp for a " + level.name() + " hire", g,
                            totalComp.range(), "the guide's total comp \"potentially reaching\" this; its worked example "
                                    + "(a $200K base to $260K-$280K, +30% to +40%) applied to the recommended base")));
        }
        Range average = new Range(location.salaryLow(), location.salaryHigh());
        out.add(new Benchmark("location-average", "The guide's average " + scale.anchor().name() + " salary in "
                + location.name(), average, recommended, location.provenance(), Benchmark.Relation.of(recommended, average),
                "an average over every level and over the aggregators' populations, not a budget for one hire"));
        Range band = scale.guideBand(role, level);
        String bandName = scale.seniorOrAbove(level) ? "senior range" : "national average";
        Benchmark.Relation relation = Benchmark.Relation.of(recommended, band);
        List<String> reasons = new ArrayList<>();
        if (recommended.high() > band.high()) {
            reasons.add("the guide's role bands are the aggregators' averages; the recommendation prices hiring now (" + OUTBID + ")");
        }
        if (recommended.low() < band.low()) {
            reasons.add(scale.seniorOrAbove(level) ? "this opening's market or lines take it below the band"
                    : "the national average spans every level of experience, and a " + level.name() + " hire sits toward its bottom");
        }
        if (!reasons.isEmpty() && !role.perLevelData()) {
            reasons.add(role.name() + " is derived from " + scale.anchor().name() + " by " + scale.rule(role, level));
        }
        if (!reasons.isEmpty() && !changes.isEmpty()) reasons.add(changes);
        String why = String.join("; ", reasons);
        out.add(new Benchmark("role-band", "The guide's " + bandName + " for " + role.name(), band, recommended,
                role.provenance(), relation, why));
        return out;
    }

    private static Benchmark benchmark(String id, String label, Guidance g, Range compared, String why) {
        Range range = new Range(Math.round(g.low()), Math.round(g.high()));
        Benchmark.Relation relation = Benchmark.Relation.of(compared, range);
        return new Benchmark(id, label, range, compared, g.provenance(), relation,
                relation == Benchmark.Relation.MATCHES ? "" : why);
    }

    /** The lines after the base, in words: "with San Francisco / Bay Area: premium ... +10% to +12.4%; ...". */
    static String changes(List<Adjustment> lines) {
        List<String> parts = new ArrayList<>();
        for (Adjustment a : lines) {
            if (a.kind() == AdjustmentKind.BASE) continue;
            // A market's line starts with its place name ("San Francisco / Bay Area: ..."): kept as written.
            String label = a.kind() == AdjustmentKind.LOCATION || a.kind() == AdjustmentKind.REGIONAL ? a.label() : lowerFirst(a.label());
            parts.add(a.label().toLowerCase(Locale.ROOT).startsWith("aged") ? label : label + " (" + a.rate() + ")");
        }
        return parts.isEmpty() ? "" : "this opening adds: " + String.join("; ", parts);
    }

    private static String lowerFirst(String text) {
        if (text.isEmpty() || (text.length() > 1 && Character.isUpperCase(text.charAt(1)))) return text;
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
