package com.ratecard.pricing;

import com.ratecard.data.Level;
import com.ratecard.data.MarketData;
import com.ratecard.data.PolicyKey;
import com.ratecard.data.Role;
import com.ratecard.data.SourceRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The aggregators' ranges for a role at a level, side by side, and their weighted blend: the
 * evidence beside the hiring market. A role without per-level data takes the anchor role's
 * sources scaled by {@link RoleScale}.
 */
final class MarketBlend {
    private final MarketData data;
    private final RoleScale scale;

    MarketBlend(MarketData data, RoleScale scale) {
        this.data = data;
        this.scale = scale;
    }

    Market market(Role role, Level level) {
        boolean derived = !role.perLevelData();
        double factor = scale.factor(role, level);
        String roleId = derived ? scale.anchor().id() : role.id();
        List<SourceQuote> sources = new ArrayList<>();
        for (SourceRange range : data.rangesFor(roleId, level.id())) {
            sources.add(new SourceQuote(range.source().name(), Money.round(range.low() * factor),
                    Money.round(range.high() * factor), range.source().weight(), derived, range.provenance()));
        }
        Range blended = blend(sources);
        double cv = disagreement(sources);
        Confidence confidence = derived ? Confidence.LOW : confidence(cv);
        String method = derived
                ? "Derived: " + scale.anchor().name() + " sources " + scale.rule(role, level)
                : "Weighted average of " + sources.size() + " sources' lows and highs";
        return new Market(sources, blended, cv, confidence, derived, method);
    }

    static Range blend(List<SourceQuote> sources) {
        double weight = sources.stream().mapToDouble(SourceQuote::weight).sum();
        double low = sources.stream().mapToDouble(s -> s.low() * s.weight()).sum() / weight;
        double high = sources.stream().mapToDouble(s -> s.high() * s.weight()).sum() / weight;
        return new Range(Money.round(low), Money.round(high));
    }

    /** Coefficient of variation of the sources' midpoints, in percent. */
    static double disagreement(List<SourceQuote> sources) {
        double[] mids = sources.stream().mapToDouble(s -> (s.low() + s.high()) / 2.0).toArray();
        double mean = Arrays.stream(mids).average().orElse(0);
        double variance = Arrays.stream(mids).map(m -> (m - mean) * (m - mean)).average().orElse(0);
        return mean == 0 ? 0 : 100 * Math.sqrt(variance) / mean;
    }

    private Confidence confidence(double cv) {
        if (cv < data.policy().number(PolicyKey.CONFIDENCE_HIGH_CV)) return Confidence.HIGH;
        if (cv < data.policy().number(PolicyKey.CONFIDENCE_MEDIUM_CV)) return Confidence.MEDIUM;
        return Confidence.LOW;
    }
}
