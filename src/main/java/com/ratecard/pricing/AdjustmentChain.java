package com.ratecard.pricing;

import com.ratecard.data.Guidance;
import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.data.PolicyValue;
import com.ratecard.data.Provenance;
import com.ratecard.data.Skill;
import com.ratecard.data.SkillCombo;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Takes a base range through the opening's lines, in a fixed order: location (or remote), premium
 * skills (largest first; later ones at the policy's additional share, as premiums overlap), the
 * skill combo, clearance, and aging to the effective date.
 */
final class AdjustmentChain {
    private final MarketData data;

    AdjustmentChain(MarketData data) {
        this.data = data;
    }

    record Context(Location location, List<Skill> premiumSkills, List<SkillCombo> combos, boolean clearance,
                   LocalDate effectiveDate) {}

    List<Adjustment> apply(Range start, Context context) {
        List<Adjustment> lines = new ArrayList<>();
        Range range = start;
        range = location(range, context.location(), lines);
        double share = data.policy().get("additional-premium-share").fraction();
        boolean first = true;
        for (Skill skill : context.premiumSkills()) {
            double s = first ? 1.0 : share;
            long low = Money.round(skill.premiumLow() * s);
            long high = Money.round(skill.premiumHigh() * s);
            String rate = Money.dollars(skill.premiumLow()) + " to " + Money.dollars(skill.premiumHigh())
                    + (first ? "" : String.format(Locale.ROOT, " at %.0f%%", s * 100));
            range = add(lines, AdjustmentKind.SKILL, "Premium skill: " + skill.name(), rate, low, high, range,
                    skill.provenance());
            first = false;
        }
        for (SkillCombo combo : context.combos()) {
            PolicyValue uplift = data.policy().get("combo-uplift");
            long low = Math.min(Math.round(uplift.number()), range.high() - range.low());
            range = add(lines, AdjustmentKind.COMBO, "Skill combo: " + combo.name(), "low end +" + Money.dollars(low),
                    low, 0, range, new Provenance(combo.provenance().file(), combo.provenance().line(),
                            combo.provenance().cite() + "; " + uplift.provenance().describe()));
        }
        if (context.clearance()) {
            Guidance g = data.guidance("addon-clearance");
            range = add(lines, AdjustmentKind.CLEARANCE, "Security clearance", Money.dollars(g.low()) + " to " + Money.dollars(g.high()),
                    Math.round(g.low()), Math.round(g.high()), range, g.provenance());
        }
        aging(range, context.effectiveDate(), lines);
        return lines;
    }

    static Range end(Range start, List<Adjustment> lines) {
        return lines.isEmpty() ? start : lines.get(lines.size() - 1).after();
    }

    private Range location(Range range, Location location, List<Adjustment> lines) {
        double fl = 1 + location.diffLowPct() / 100;
        double fh = 1 + location.diffHighPct() / 100;
        Range after = range.scale(fl, fh);
        String rate = Money.pct(location.diffLowPct()) + " to " + Money.pct(location.diffHighPct());
        AdjustmentKind kind = location.remote() ? AdjustmentKind.REMOTE : AdjustmentKind.LOCATION;
        String label = (location.remote() ? "Remote adjustment: " : "Location: ") + location.name();
        lines.add(new Adjustment(kind, label, rate, after.low() - range.low(), after.high() - range.high(), fl, fh,
                after, location.provenance()));
        return after;
    }

    private void aging(Range range, LocalDate effective, List<Adjustment> lines) {
        PolicyValue rate = data.policy().get("aging-rate");
        LocalDate asOf = data.policy().dataAsOf();
        long days = Math.max(0, ChronoUnit.DAYS.between(asOf, effective));
        double factor = Math.pow(1 + rate.fraction(), days / 365.25);
        Range after = range.scale(factor, factor);
        String text = days == 0 ? "none: effective date is the data's as-of date " + asOf
                : String.format(Locale.ROOT, "%s%%/yr for %d days (x%.4f)", Money.number(rate.number()), days, factor);
        lines.add(new Adjustment(AdjustmentKind.AGING, "Aging to " + effective, text, after.low() - range.low(),
                after.high() - range.high(), factor, factor, after, rate.provenance()));
    }

    private static Range add(List<Adjustment> lines, AdjustmentKind kind, String label, String rate, long low,
                             long high, Range range, Provenance provenance) {
        Range after = range.plus(low, high);
        lines.add(new Adjustment(kind, label, rate, low, high, 1.0, 1.0, after, provenance));
        return after;
    }
}
