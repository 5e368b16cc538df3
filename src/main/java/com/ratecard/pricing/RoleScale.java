package com.ratecard.pricing;

import com.ratecard.data.Level;
import com.ratecard.data.MarketData;
import com.ratecard.data.Role;
import java.util.Locale;

/**
 * How a role without the guide's per-level table relates to the anchor role (MLOps), level by
 * level, from the two bands the guide gives every role. Below senior: the ratio of the national
 * averages' midpoints. At senior: the ratio of the senior ranges' lows, which reproduces the
 * guide's "roughly 10-15% at the senior level" of MLOps over DevOps (12%). Above senior: the
 * ratio of the senior ranges' highs, since the anchor's senior range reaches up to its staff
 * level (Glassdoor's $168K senior low to its $257K staff high), so staff sits at the top of it.
 */
final class RoleScale {
    static final String SENIOR = "senior";
    private final MarketData data;
    private final Role anchor;

    RoleScale(MarketData data) {
        this.data = data;
        this.anchor = data.roles().items().stream().filter(Role::perLevelData).findFirst().orElseThrow();
    }

    Role anchor() {
        return anchor;
    }

    double factor(Role role, Level level) {
        if (role.perLevelData()) return 1.0;
        return switch (band(level)) {
            case NATIONAL -> (role.nationalLow() + role.nationalHigh()) / (double) (anchor.nationalLow() + anchor.nationalHigh());
            case SENIOR_LOW -> (double) role.seniorLow() / anchor.seniorLow();
            case SENIOR_HIGH -> (double) role.seniorHigh() / anchor.seniorHigh();
        };
    }

    /** "national-average midpoints $135,000 / $147,500 (x0.9153)". */
    String rule(Role role, Level level) {
        String factor = String.format(Locale.ROOT, "x%.4f", factor(role, level));
        return switch (band(level)) {
            case NATIONAL -> "national-average midpoints " + Money.dollars((role.nationalLow() + role.nationalHigh()) / 2)
                    + " / " + Money.dollars((anchor.nationalLow() + anchor.nationalHigh()) / 2) + " (" + factor + ")";
            case SENIOR_LOW -> "senior-range lows " + Money.dollars(role.seniorLow()) + " / " + Money.dollars(anchor.seniorLow())
                    + " (" + factor + ")";
            case SENIOR_HIGH -> "senior-range highs " + Money.dollars(role.seniorHigh()) + " / "
                    + Money.dollars(anchor.seniorHigh()) + " (" + factor + ")";
        };
    }

    /** The role's own guide band that a level is compared with: national average below senior, else the senior range. */
    Range guideBand(Role role, Level level) {
        return band(level) == Band.NATIONAL ? new Range(role.nationalLow(), role.nationalHigh())
                : new Range(role.seniorLow(), role.seniorHigh());
    }

    boolean seniorOrAbove(Level level) {
        return band(level) != Band.NATIONAL;
    }

    private enum Band { NATIONAL, SENIOR_LOW, SENIOR_HIGH }

    private Band band(Level level) {
        int senior = data.levels().resolve(SENIOR).rank();
        if (level.rank() < senior) return Band.NATIONAL;
        return level.rank() == senior ? Band.SENIOR_LOW : Band.SENIOR_HIGH;
    }
}
