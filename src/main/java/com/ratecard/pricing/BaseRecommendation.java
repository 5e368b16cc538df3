package com.ratecard.pricing;

import com.ratecard.data.Guidance;
import com.ratecard.data.Level;
import com.ratecard.data.MarketData;
import com.ratecard.data.Provenance;
import com.ratecard.data.Role;
import java.util.Comparator;
import java.util.Locale;

/**
 * The recommended base before any adjustment, for the typical US market. Where the guide gives
 * budget guidance for the level, it is that guidance. Elsewhere the blended market range is lifted
 * by the hiring premium (guidance / blend, each end) of the nearest level that has guidance.
 * Derived roles take the anchor role's base times the role factor.
 */
final class BaseRecommendation {
    private final MarketData data;
    private final MarketBlend blend;

    BaseRecommendation(MarketData data, MarketBlend blend) {
        this.data = data;
        this.blend = blend;
    }

    record Result(Range range, String label, String rate, Provenance provenance) {}

    Result base(Role role, Level level) {
        Role anchor = blend.anchor();
        Result anchorBase = anchorBase(anchor, level);
        if (role.perLevelData()) return anchorBase;
        double factor = blend.roleFactor(role, level);
        Range range = anchorBase.range().scale(factor, factor);
        return new Result(range, "Base for " + level.name() + " " + role.name() + " (derived)",
                String.format(Locale.ROOT, "%s base x %.4f", anchor.name(), factor),
                new Provenance("roles.csv", role.provenance().line(),
                        role.provenance().cite() + "; derived from " + anchorBase.provenance().describe()
                                + " by " + blend.factorRule(role, level)));
    }

    private Result anchorBase(Role anchor, Level level) {
        var direct = data.budgetGuidance(level.id());
        if (direct.isPresent()) {
            Guidance g = direct.get();
            return new Result(new Range(Math.round(g.low()), Math.round(g.high())),
                    "Budget guidance for " + level.name() + " " + anchor.name(), "guide", g.provenance());
        }
        Level nearest = data.levelsByRank().stream().filter(l -> data.budgetGuidance(l.id()).isPresent())
                .min(Comparator.comparingInt((Level l) -> Math.abs(l.rank() - level.rank())).thenComparingInt(Level::rank))
                .orElseThrow();
        Guidance g = data.budgetGuidance(nearest.id()).orElseThrow();
        Range nearestBlend = blend.market(anchor, nearest).blended();
        double lowPremium = g.low() / nearestBlend.low();
        double highPremium = g.high() / nearestBlend.high();
        Range levelBlend = blend.market(anchor, level).blended();
        Range range = levelBlend.scale(lowPremium, highPremium);
        return new Result(range, "Market blend for " + level.name() + " " + anchor.name() + " x hiring premium",
                String.format(Locale.ROOT, "x%.4f / x%.4f", lowPremium, highPremium),
                new Provenance(g.provenance().file(), g.provenance().line(), "hiring premium of " + nearest.name()
                        + ": " + g.provenance().cite() + " over that level's blended sources"));
    }
}
