package com.ratecard.pricing;

import com.ratecard.data.Guidance;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.data.PolicyKey;
import com.ratecard.data.Provenance;
import com.ratecard.data.Skill;
import com.ratecard.data.SkillCombo;
import com.ratecard.pricing.steps.Figure;
import com.ratecard.pricing.steps.FigureKind;
import com.ratecard.pricing.steps.Inputs;
import com.ratecard.pricing.steps.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines of the build-up, read from the evaluated steps: only the lines that change something. */
final class BuildUp {
    private final MarketData data;

    BuildUp(MarketData data) {
        this.data = data;
    }

    List<Adjustment> lines(PricingSteps.RoleSteps role, Level level, Location location, Inputs inputs, Values v) {
        List<Adjustment> lines = new ArrayList<>();
        LevelBase base = role.base(level);
        Range range = range(v, FigureKind.BASE_LOW, FigureKind.BASE_HIGH);
        lines.add(new Adjustment(AdjustmentKind.BASE, base.label(), base.rate(), range.low(), range.high(), range,
                base.provenance()));

        MarketFactor factor = role.factor(location, level);
        Range afterMarket = range(v, FigureKind.LOCATION_LOW, FigureKind.LOCATION_HIGH);
        if (factor.moves()) range = line(lines, factor.kind(), factor.label(), factor.rate(), range, afterMarket, factor.provenance());

        boolean first = true;
        String share = Money.number(data.policy().number(PolicyKey.ADDITIONAL_PREMIUM_SHARE)) + "%";
        for (Skill skill : role.premiumOrder()) {
            if (!inputs.skillsOn().contains(skill.id())) continue;
            long low = Math.round(v.get(Figure.of(FigureKind.SKILL_ADD_LOW, skill.id())));
            long high = Math.round(v.get(Figure.of(FigureKind.SKILL_ADD_HIGH, skill.id())));
            String rate = Money.range(skill.premiumLow(), skill.premiumHigh()) + (first ? "" : " at " + share
                    + " (premiums overlap)");
            range = line(lines, AdjustmentKind.SKILL, "Premium skill: " + skill.name(), rate, range, range.plus(low, high),
                    skill.provenance());
            first = false;
        }
        for (SkillCombo combo : data.combos()) {
            if (v.get(Figure.of(FigureKind.COMBO_APPLIES, combo.id())) == 0) continue;
            Range after = new Range(Math.round(v.get(Figure.of(FigureKind.COMBO_LOW, combo.id()))),
                    Math.round(v.get(Figure.of(FigureKind.COMBO_HIGH, combo.id()))));
            var uplift = data.policy().get(PolicyKey.COMBO_UPLIFT);
            range = line(lines, AdjustmentKind.COMBO, "Skill combination: " + combo.name(),
                    "low end +" + Money.dollars(after.low() - range.low()), range, after,
                    new Provenance(combo.provenance().file(), combo.provenance().line(),
                            combo.provenance().cite() + "; " + uplift.provenance().describe()));
        }
        if (inputs.clearance()) {
            Guidance g = data.guidance("addon-clearance");
            range = line(lines, AdjustmentKind.CLEARANCE, "Security clearance", Money.range(Math.round(g.low()),
                    Math.round(g.high())), range, range(v, FigureKind.CLEARANCE_LOW, FigureKind.CLEARANCE_HIGH), g.provenance());
        }
        Range floored = range(v, FigureKind.FLOOR_LOW, FigureKind.FLOOR_HIGH);
        if (!floored.equals(range)) {
            range = line(lines, AdjustmentKind.FLOOR, level.rank() == data.levelsByRank().get(0).rank()
                            ? "Held at the entry-level floor" : "Held at the floor for production experience",
                    "low end raised so the hiring market's "
                            + Money.ordinal((int) Math.round(data.policy().number(PolicyKey.FLOOR_PERCENTILE))) + " percentile is "
                            + Money.dollars(base.floor()), range, floored, base.floorSource());
        }
        long days = Math.round(v.get(FigureKind.AGING_DAYS));
        if (days > 0) {
            LocalDate effective = inputs.effectiveDate();
            var rate = data.policy().get(PolicyKey.AGING_RATE);
            line(lines, AdjustmentKind.AGING, "Aged to " + effective + " from the data's " + data.policy().dataAsOf(),
                    String.format(Locale.ROOT, "%s%%/yr for %d days (x%.4f)", Money.number(rate.number()), days,
                            v.get(FigureKind.AGING_FACTOR)), range,
                    range(v, FigureKind.RECOMMENDED_LOW, FigureKind.RECOMMENDED_HIGH), rate.provenance());
        }
        return lines;
    }

    private static Range line(List<Adjustment> lines, AdjustmentKind kind, String label, String rate, Range before,
                              Range after, Provenance provenance) {
        lines.add(new Adjustment(kind, label, rate, after.low() - before.low(), after.high() - before.high(), after, provenance));
        return after;
    }

    static Range range(Values v, FigureKind low, FigureKind high) {
        return new Range(v.dollars(low), v.dollars(high));
    }

    static HourlyRange hourly(Values v, FigureKind low, FigureKind high) {
        return new HourlyRange(v.get(low), v.get(high));
    }
}
