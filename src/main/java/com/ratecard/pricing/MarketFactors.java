package com.ratecard.pricing;

import com.ratecard.data.Guidance;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.data.MarketKind;
import com.ratecard.data.Provenance;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The factor each market applies to each level's base. The guide's budget guidance is the price
 * "in most US markets outside the Bay Area and New York": those markets take it as it is. The
 * location table's differentials are against the national average, so a premium metro's premium
 * over the guidance markets is its differential over theirs, end by end:
 * (1 + metro) / (1 + mean of the guidance markets), never stacked on the guidance. A regional
 * budget the guide gives (Southern California) replaces the guidance for its level. Remote takes
 * the guide's discount; its floor is a later step.
 */
final class MarketFactors {
    private final MarketData data;
    private final double referenceLow;
    private final double referenceHigh;

    MarketFactors(MarketData data) {
        this.data = data;
        List<Location> reference = data.locations().items().stream().filter(l -> l.market() == MarketKind.GUIDANCE).toList();
        this.referenceLow = reference.stream().mapToDouble(Location::diffLowPct).average().orElse(0) / 100;
        this.referenceHigh = reference.stream().mapToDouble(Location::diffHighPct).average().orElse(0) / 100;
    }

    /** The guidance markets' mean differential against the national average, low and high, in percent. */
    double[] referencePct() {
        return new double[] {referenceLow * 100, referenceHigh * 100};
    }

    MarketFactor factor(Location location, Level level) {
        return switch (location.market()) {
            case GUIDANCE, UNLISTED -> regional(location, level).orElse(new MarketFactor(location, level, 1, 1, null,
                    location.name() + ": priced at the guide's budget guidance", "no change", location.provenance()));
            case PREMIUM -> {
                double low = (1 + location.diffLowPct() / 100) / (1 + referenceLow);
                double high = (1 + location.diffHighPct() / 100) / (1 + referenceHigh);
                yield new MarketFactor(location, level, low, high, AdjustmentKind.LOCATION,
                        location.name() + ": premium over most US markets",
                        Money.pct(round1((low - 1) * 100)) + " to " + Money.pct(round1((high - 1) * 100)) + " (the guide's "
                                + Money.pct(location.diffLowPct()) + " to " + Money.pct(location.diffHighPct())
                                + " against the national average, over the guidance markets' "
                                + Money.pct(round1(referenceLow * 100)) + " to " + Money.pct(round1(referenceHigh * 100)) + ")",
                        location.provenance());
            }
            case REMOTE -> new MarketFactor(location, level, 1 + location.diffLowPct() / 100, 1 + location.diffHighPct() / 100,
                    AdjustmentKind.REMOTE, "Fully remote: the guide's remote discount",
                    Money.pct(location.diffLowPct()) + " to " + Money.pct(location.diffHighPct()),
                    data.guidance("remote-discount").provenance());
        };
    }

    private Optional<MarketFactor> regional(Location location, Level level) {
        Optional<Guidance> regional = data.regionalGuidance(location.id(), level.id());
        Optional<Guidance> national = data.budgetGuidance(level.id());
        if (regional.isEmpty() || national.isEmpty()) return Optional.empty();
        Guidance r = regional.get();
        Guidance n = national.get();
        return Optional.of(new MarketFactor(location, level, r.low() / n.low(), r.high() / n.high(), AdjustmentKind.REGIONAL,
                location.name() + ": the guide's regional budget",
                Money.range(Math.round(r.low()), Math.round(r.high())) + " instead of " + Money.range(Math.round(n.low()),
                        Math.round(n.high())),
                new Provenance(r.provenance().file(), r.provenance().line(), r.provenance().cite())));
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static String factorText(double factor) {
        return String.format(Locale.ROOT, "x%.4f", factor);
    }
}
