package com.ratecard.pricing;

import com.ratecard.data.Level;
import com.ratecard.data.MarketData;
import com.ratecard.data.Role;
import com.ratecard.data.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The aggregators' range for a role at a level. Roles without per-level data (the guide gives
 * only a national and a senior band for them) get the anchor role's sources scaled by the role's
 * factor: the ratio of national-band midpoints below senior, of senior-band lows from senior up.
 */
final class MarketBlend {
    static final String SENIOR = "senior";
    private final MarketData data;

    MarketBlend(MarketData data) {
        this.data = data;
    }

    Role anchor() {
        return data.roles().items().stream().filter(Role::perLevelData).findFirst().orElseThrow();
    }

    /** 1.0 for roles with their own data; otherwise the scaling described above. */
    double roleFactor(Role role, Level level) {
        if (role.perLevelData()) return 1.0;
        Role anchor = anchor();
        if (level.rank() >= data.levels().resolve(SENIOR).rank()) {
            return (double) role.seniorLow() / anchor.seniorLow();
        }
        return (role.nationalLow() + role.nationalHigh()) / (double) (anchor.nationalLow() + anchor.nationalHigh());
    }

    String factorRule(Role role, Level level) {
        Role anchor = anchor();
        if (level.rank() >= data.levels().resolve(SENIOR).rank()) {
            return "senior-band low " + role.seniorLow() + " / " + anchor.name() + " " + anchor.seniorLow();
        }
        return "national-band midpoint " + (role.nationalLow() + role.nationalHigh()) / 2 + " / " + anchor.name() + " "
                + (anchor.nationalLow() + anchor.nationalHigh()) / 2;
    }

    Market market(Role role, Level level) {
        boolean derived = !role.perLevelData();
        double factor = roleFactor(role, level);
        String roleId = derived ? anchor().id() : role.id();
        List<SourceQuote> sources = new ArrayList<>();
        for (SourceRange range : data.rangesFor(roleId, level.id())) {
            sources.add(new SourceQuote(range.source().name(), Money.round(range.low() * factor),
                    Money.round(range.high() * factor), range.source().weight(), derived, range.provenance()));
        }
        Range blended = blend(sources);
        double coverage = data.policy().get("market-coverage").fraction();
        Percentiles percentiles = NormalCurve.fromRange(blended, coverage).percentiles();
        double cv = disagreement(sources);
        Confidence confidence = derived ? Confidence.LOW : confidence(cv);
        String method = derived
                ? "Derived: " + anchor().name() + " sources x " + String.format(java.util.Locale.ROOT, "%.4f", factor)
                  + " (" + factorRule(role, level) + ")"
                : "Weighted average of " + sources.size() + " sources' lows and highs";
        return new Market(sources, blended, percentiles, cv, confidence, derived, method);
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
        double mean = java.util.Arrays.stream(mids).average().orElse(0);
        double variance = java.util.Arrays.stream(mids).map(m -> (m - mean) * (m - mean)).average().orElse(0);
        return mean == 0 ? 0 : 100 * Math.sqrt(variance) / mean;
    }

    private Confidence confidence(double cv) {
        if (cv < data.policy().get("confidence-high-cv").number()) return Confidence.HIGH;
        if (cv < data.policy().get("confidence-medium-cv").number()) return Confidence.MEDIUM;
        return Confidence.LOW;
    }
}
