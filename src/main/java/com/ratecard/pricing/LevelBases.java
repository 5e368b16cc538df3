package com.ratecard.pricing;

import com.ratecard.data.Guidance;
import com.ratecard.data.Level;
import com.ratecard.data.MarketData;
import com.ratecard.data.Policy;
import com.ratecard.data.PolicyKey;
import com.ratecard.data.Provenance;
import com.ratecard.data.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The base for every level of a role in the markets the guide's budget guidance describes. Where
 * the guide gives guidance for the level it is that guidance; elsewhere the aggregators' blend
 * lifted by the hiring premium (guidance / blend, each end) of the nearest level with guidance.
 * A role without its own table takes the anchor's base scaled by {@link RoleScale}.
 */
final class LevelBases {
    private final MarketData data;
    private final RoleScale scale;
    private final MarketBlend blend;

    LevelBases(MarketData data, RoleScale scale, MarketBlend blend) {
        this.data = data;
        this.scale = scale;
        this.blend = blend;
    }

    List<LevelBase> of(Role role) {
        return data.levelsByRank().stream().map(level -> of(role, level)).toList();
    }

    private LevelBase of(Role role, Level level) {
        Role anchor = scale.anchor();
        double factor = scale.factor(role, level);
        Start start = anchorBase(anchor, level);
        Range base = role.perLevelData() ? start.range() : start.range().scale(factor, factor);
        String label = role.perLevelData() ? start.label()
                : "Base for " + level.name() + " " + role.name() + " (derived from " + anchor.name() + ")";
        String rate = role.perLevelData() ? start.rate() : start.rate() + "; " + scale.rule(role, level);
        Provenance provenance = role.perLevelData() ? start.provenance()
                : new Provenance("roles.csv", role.provenance().line(), role.provenance().cite() + "; derived from "
                        + start.provenance().describe() + " by " + scale.rule(role, level));
        Policy policy = data.policy();
        boolean entry = level.rank() == data.levelsByRank().get(0).rank();
        PolicyKey floorKey = entry ? PolicyKey.FLOOR_ENTRY : PolicyKey.FLOOR_PRODUCTION;
        long floor = Money.round(policy.number(floorKey) * factor);

        Guidance uplift = data.guidance("total-comp-uplift");
        boolean guided = uplift.levelIds().contains(level.id());
        double tcLow;
        double tcHigh;
        Provenance tcSource;
        if (guided) {
            // The guide's worked example ("A $200K base ... might translate to $260K-$280K") fixes
            // the uplift at +30% to +40% within its "can add 20-40%".
            Guidance example = data.guidance("total-comp-example");
            double exampleBase = data.fact("total-comp-example-base").low();
            tcLow = example.low() / exampleBase - 1;
            tcHigh = example.high() / exampleBase - 1;
            tcSource = example.provenance();
        } else {
            tcLow = policy.value(PolicyKey.TOTAL_COMP_UPLIFT_LOW_JUNIOR);
            tcHigh = policy.value(PolicyKey.TOTAL_COMP_UPLIFT_HIGH_JUNIOR);
            tcSource = policy.get(PolicyKey.TOTAL_COMP_UPLIFT_LOW_JUNIOR).provenance();
        }
        return new LevelBase(level, base, label, rate, provenance, factor, floor, policy.get(floorKey).provenance(),
                tcLow, tcHigh, guided, tcSource);
    }

    private record Start(Range range, String label, String rate, Provenance provenance) {}

    private Start anchorBase(Role anchor, Level level) {
        var direct = data.budgetGuidance(level.id());
        if (direct.isPresent()) {
            Guidance g = direct.get();
            return new Start(new Range(Math.round(g.low()), Math.round(g.high())),
                    "Budget guidance for " + level.name() + " " + anchor.name() + " (most US markets)", "the guide's budget", g.provenance());
        }
        Level nearest = data.levelsByRank().stream().filter(l -> data.budgetGuidance(l.id()).isPresent())
                .min(Comparator.comparingInt((Level l) -> Math.abs(l.rank() - level.rank())).thenComparingInt(Level::rank))
                .orElseThrow();
        Guidance g = data.budgetGuidance(nearest.id()).orElseThrow();
        Range nearestBlend = blend.market(anchor, nearest).blended();
        double lowPremium = g.low() / nearestBlend.low();
        double highPremium = g.high() / nearestBlend.high();
        Range levelBlend = blend.market(anchor, level).blended();
        return new Start(levelBlend.scale(lowPremium, highPremium),
                "Aggregators' blend for " + level.name() + " " + anchor.name() + " x the hiring premium",
                String.format(Locale.ROOT, "blend %s x%.4f / x%.4f", Money.range(levelBlend), lowPremium, highPremium),
                new Provenance(g.provenance().file(), g.provenance().line(), "hiring premium of " + nearest.name()
                        + ": " + g.provenance().cite() + " over that level's blended sources"));
    }
}
