package com.ratecard.pricing;

import static com.ratecard.pricing.steps.Expr.absent;
import static com.ratecard.pricing.steps.Expr.and;
import static com.ratecard.pricing.steps.Expr.fn;
import static com.ratecard.pricing.steps.Expr.iff;
import static com.ratecard.pricing.steps.Expr.input;
import static com.ratecard.pricing.steps.Expr.max;
import static com.ratecard.pricing.steps.Expr.min;
import static com.ratecard.pricing.steps.Expr.num;
import static com.ratecard.pricing.steps.Expr.policy;
import static com.ratecard.pricing.steps.Expr.ref;
import static com.ratecard.pricing.steps.Expr.round;
import static com.ratecard.pricing.steps.Expr.roundUp;

import com.ratecard.data.Engagement;
import com.ratecard.data.Guidance;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.data.PolicyKey;
import com.ratecard.data.Role;
import com.ratecard.data.Skill;
import com.ratecard.data.SkillCombo;
import com.ratecard.pricing.steps.Definition;
import com.ratecard.pricing.steps.Expr;
import com.ratecard.pricing.steps.Expr.Function;
import com.ratecard.pricing.steps.Figure;
import com.ratecard.pricing.steps.FigureKind;
import com.ratecard.pricing.steps.Input;
import com.ratecard.pricing.steps.Steps;
import com.ratecard.pricing.steps.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the pricing steps for a role, in the order the engine takes them: the level's base in
 * most US markets; the market's factor; each premium skill (largest first, later ones at the
 * policy's share, as premiums overlap); skill combinations; clearance; the floor under the
 * hiring market's 10th percentile; aging to the effective date. Then the hiring market (a normal
 * curve with the recommended range as its middle {@code recommended-coverage}), total comp,
 * contract rates, fees, and the budget read on that same curve in the budget's own unit.
 */
final class PricingSteps {
    static final int BASE_LOW_COLUMN = 1;
    static final int BASE_HIGH_COLUMN = 2;
    static final int FLOOR_COLUMN = 3;
    static final int TOTAL_COMP_LOW_COLUMN = 4;
    static final int TOTAL_COMP_HIGH_COLUMN = 5;

    /** A role's steps, and what the engine needs to explain them. */
    record RoleSteps(Role role, Steps steps, List<LevelBase> bases, List<List<MarketFactor>> factors,
                     List<Skill> premiumOrder) {
        LevelBase base(Level level) {
            return bases.stream().filter(b -> b.level().equals(level)).findFirst().orElseThrow();
        }

        MarketFactor factor(Location location, Level level) {
            return factors.get(steps.locations().indexOf(location.id())).get(steps.levels().indexOf(level.id()));
        }
    }

    private final MarketData data;
    private final LevelBases levelBases;
    private final MarketFactors marketFactors;

    PricingSteps(MarketData data, LevelBases levelBases, MarketFactors marketFactors) {
        this.data = data;
        this.levelBases = levelBases;
        this.marketFactors = marketFactors;
    }

    RoleSteps build(Role role) {
        List<Level> levels = data.levelsByRank();
        List<Location> locations = data.locations().items();
        List<LevelBase> bases = levelBases.of(role);
        List<List<MarketFactor>> factors = new ArrayList<>();
        for (Location location : locations) factors.add(levels.stream().map(l -> marketFactors.factor(location, l)).toList());
        List<Skill> premium = PremiumOrder.of(data.skills().items());

        Table levelTable = new Table("Levels_Base", "Base in most US markets, floor and total-comp uplift by level",
                ids(levels), List.of("base-low", "base-high", "floor", "total-comp-low", "total-comp-high"),
                bases.stream().map(b -> new double[] {b.base().low(), b.base().high(), b.floor(), b.totalCompLow(),
                        b.totalCompHigh()}).toArray(double[][]::new), List.of());
        Table factorLow = factorTable("Markets_FactorLow", "Market factor on the low end", locations, levels, factors, true);
        Table factorHigh = factorTable("Markets_FactorHigh", "Market factor on the high end", locations, levels, factors, false);
        Table bands = new Table("Skills_Band", "Premium skills' bands, in pricing order", premium.stream().map(Skill::id).toList(),
                List.of("low", "high"), premium.stream().map(s -> new double[] {s.premiumLow(), s.premiumHigh()})
                .toArray(double[][]::new), List.of());

        List<Definition> out = new ArrayList<>();
        Expr level = input(Input.LEVEL);
        Expr market = input(Input.LOCATION);
        def(out, FigureKind.Z, fn(Function.NORMSINV, num(0.5).plus(policy(PolicyKey.RECOMMENDED_COVERAGE).over(num(2)))));
        def(out, FigureKind.BASE_LOW, new Expr.Lookup(levelTable, level, num(BASE_LOW_COLUMN)));
        def(out, FigureKind.BASE_HIGH, new Expr.Lookup(levelTable, level, num(BASE_HIGH_COLUMN)));
        def(out, FigureKind.LOCATION_LOW, round(ref(FigureKind.BASE_LOW).times(new Expr.Lookup(factorLow, market, level)), 0));
        def(out, FigureKind.LOCATION_HIGH, round(ref(FigureKind.BASE_HIGH).times(new Expr.Lookup(factorHigh, market, level)), 0));

        Expr addedLow = num(0);
        Expr addedHigh = num(0);
        Expr onBefore = num(0);
        for (int i = 0; i < premium.size(); i++) {
            String id = premium.get(i).id();
            Expr on = input(Input.skill(id));
            Expr share = iff(on, iff(onBefore.is(num(0)), num(1), policy(PolicyKey.ADDITIONAL_PREMIUM_SHARE)), num(0));
            out.add(new Definition(Figure.of(FigureKind.SKILL_SHARE, id), share));
            Expr shareRef = Expr.ref(Figure.of(FigureKind.SKILL_SHARE, id));
            out.add(new Definition(Figure.of(FigureKind.SKILL_ADD_LOW, id),
                    round(new Expr.Lookup(bands, num(i + 1), num(1)).times(shareRef), 0)));
            out.add(new Definition(Figure.of(FigureKind.SKILL_ADD_HIGH, id),
                    round(new Expr.Lookup(bands, num(i + 1), num(2)).times(shareRef), 0)));
            addedLow = i == 0 ? Expr.ref(Figure.of(FigureKind.SKILL_ADD_LOW, id)) : addedLow.plus(Expr.ref(Figure.of(FigureKind.SKILL_ADD_LOW, id)));
            addedHigh = i == 0 ? Expr.ref(Figure.of(FigureKind.SKILL_ADD_HIGH, id)) : addedHigh.plus(Expr.ref(Figure.of(FigureKind.SKILL_ADD_HIGH, id)));
            onBefore = i == 0 ? on : onBefore.plus(on);
        }
        def(out, FigureKind.SKILLS_LOW, ref(FigureKind.LOCATION_LOW).plus(addedLow));
        def(out, FigureKind.SKILLS_HIGH, ref(FigureKind.LOCATION_HIGH).plus(addedHigh));

        Expr low = ref(FigureKind.SKILLS_LOW);
        Expr high = ref(FigureKind.SKILLS_HIGH);
        Set<String> comboSkills = new LinkedHashSet<>();
        for (SkillCombo combo : data.combos()) {
            List<Expr> required = combo.requiredSkillIds().stream().map(id -> input(Input.skill(id))).toList();
            combo.requiredSkillIds().stream().filter(id -> premium.stream().noneMatch(s -> s.id().equals(id))).forEach(comboSkills::add);
            Figure applies = Figure.of(FigureKind.COMBO_APPLIES, combo.id());
            out.add(new Definition(applies, and(required)));
            Figure comboLow = Figure.of(FigureKind.COMBO_LOW, combo.id());
            Figure comboHigh = Figure.of(FigureKind.COMBO_HIGH, combo.id());
            out.add(new Definition(comboLow, low.plus(iff(Expr.ref(applies), min(policy(PolicyKey.COMBO_UPLIFT), high.minus(low)), num(0)))));
            out.add(new Definition(comboHigh, high));
            low = Expr.ref(comboLow);
            high = Expr.ref(comboHigh);
        }
        Guidance clearance = data.guidance("addon-clearance");
        Expr cleared = input(Input.CLEARANCE);
        def(out, FigureKind.CLEARANCE_LOW, low.plus(iff(cleared, new Expr.Datum("Guide_ClearanceLow",
                "Security clearance add-on, low", Math.round(clearance.low()), clearance.provenance()), num(0))));
        def(out, FigureKind.CLEARANCE_HIGH, high.plus(iff(cleared, new Expr.Datum("Guide_ClearanceHigh",
                "Security clearance add-on, high", Math.round(clearance.high()), clearance.provenance()), num(0))));

        // The floor: the low end that puts the curve's floor percentile at the level's floor, given
        // the high end. With r = z(floor) / z(coverage), P_floor = L(1 - r)/2 + H(1 + r)/2.
        Expr r = fn(Function.NORMSINV, policy(PolicyKey.FLOOR_PERCENTILE)).over(ref(FigureKind.Z));
        Expr clearedLow = ref(FigureKind.CLEARANCE_LOW);
        Expr clearedHigh = ref(FigureKind.CLEARANCE_HIGH);
        def(out, FigureKind.FLOOR_TARGET, roundUp(num(2).times(new Expr.Lookup(levelTable, level, num(FLOOR_COLUMN)))
                .minus(clearedHigh.times(num(1).plus(r))).over(num(1).minus(r)), 0));
        def(out, FigureKind.FLOOR_LOW, min(clearedHigh, max(clearedLow, ref(FigureKind.FLOOR_TARGET))));
        def(out, FigureKind.FLOOR_HIGH, clearedHigh);

        def(out, FigureKind.AGING_DAYS, max(num(0), input(Input.EFFECTIVE_DATE).minus(policy(PolicyKey.DATA_AS_OF))));
        def(out, FigureKind.AGING_FACTOR, num(1).plus(policy(PolicyKey.AGING_RATE)).pow(ref(FigureKind.AGING_DAYS).over(num(365.25))));
        def(out, FigureKind.RECOMMENDED_LOW, round(ref(FigureKind.FLOOR_LOW).times(ref(FigureKind.AGING_FACTOR)), 0));
        def(out, FigureKind.RECOMMENDED_HIGH, round(ref(FigureKind.FLOOR_HIGH).times(ref(FigureKind.AGING_FACTOR)), 0));
        Expr recLow = ref(FigureKind.RECOMMENDED_LOW);
        Expr recHigh = ref(FigureKind.RECOMMENDED_HIGH);
        def(out, FigureKind.RECOMMENDED_MID, round(recLow.plus(recHigh).over(num(2)), 0));

        curve(out, recLow, recHigh, FigureKind.MEAN, FigureKind.SIGMA, num(1));
        Expr mean = ref(FigureKind.MEAN);
        Expr sigma = ref(FigureKind.SIGMA);
        FigureKind[] percentiles = {FigureKind.P10, FigureKind.P25, FigureKind.P50, FigureKind.P75, FigureKind.P90};
        double[] at = {0.10, 0.25, 0.50, 0.75, 0.90};
        for (int i = 0; i < at.length; i++) {
            def(out, percentiles[i], round(mean.plus(sigma.times(fn(Function.NORMSINV, num(at[i])))), 0));
        }

        def(out, FigureKind.TOTAL_COMP_LOW, round(recLow.times(num(1).plus(new Expr.Lookup(levelTable, level, num(TOTAL_COMP_LOW_COLUMN)))), 0));
        def(out, FigureKind.TOTAL_COMP_HIGH, round(recHigh.times(num(1).plus(new Expr.Lookup(levelTable, level, num(TOTAL_COMP_HIGH_COLUMN)))), 0));

        Expr hours = policy(PolicyKey.HOURS_PER_YEAR);
        Expr premiumFactor = num(1).plus(policy(PolicyKey.CONTRACT_RATE_PREMIUM));
        def(out, FigureKind.BILL_LOW, round(recLow.over(hours).times(premiumFactor), 2));
        def(out, FigureKind.BILL_HIGH, round(recHigh.over(hours).times(premiumFactor), 2));
        Expr billLow = ref(FigureKind.BILL_LOW);
        Expr billHigh = ref(FigureKind.BILL_HIGH);
        Expr markup = num(1).plus(policy(PolicyKey.MARKUP));
        def(out, FigureKind.PAY_LOW, round(billLow.over(markup), 2));
        def(out, FigureKind.PAY_HIGH, round(billHigh.over(markup), 2));
        def(out, FigureKind.MARGIN, policy(PolicyKey.MARKUP).over(markup));
        def(out, FigureKind.ANNUAL_BILL_LOW, round(billLow.times(hours), 0));
        def(out, FigureKind.ANNUAL_BILL_HIGH, round(billHigh.times(hours), 0));
        def(out, FigureKind.DIRECT_HIRE_FEE_LOW, round(recLow.times(policy(PolicyKey.DIRECT_HIRE_FEE)), 0));
        def(out, FigureKind.DIRECT_HIRE_FEE_HIGH, round(recHigh.times(policy(PolicyKey.DIRECT_HIRE_FEE)), 0));
        def(out, FigureKind.CONVERSION_FEE_LOW, round(recLow.times(policy(PolicyKey.C2H_CONVERSION_FEE)), 0));
        def(out, FigureKind.CONVERSION_FEE_HIGH, round(recHigh.times(policy(PolicyKey.C2H_CONVERSION_FEE)), 0));
        Expr c2hHours = hours.times(policy(PolicyKey.C2H_CONTRACT_MONTHS)).over(num(12));
        def(out, FigureKind.C2H_BILLING_LOW, round(billLow.times(c2hHours), 0));
        def(out, FigureKind.C2H_BILLING_HIGH, round(billHigh.times(c2hHours), 0));
        Expr termHours = hours.times(policy(PolicyKey.CONTRACT_TERM_MONTHS)).over(num(12));
        def(out, FigureKind.CONTRACT_TERM_LOW, round(billLow.times(termHours), 0));
        def(out, FigureKind.CONTRACT_TERM_HIGH, round(billHigh.times(termHours), 0));

        budget(out, recLow, recHigh, billLow, billHigh);

        Steps steps = new Steps(role.id(), out, ids(levels), locations.stream().map(Location::id).toList(),
                premium.stream().map(Skill::id).toList(), List.copyOf(comboSkills), data.combos().stream().map(SkillCombo::id).toList(),
                data.policy());
        return new RoleSteps(role, steps, bases, factors, premium);
    }

    /**
     * The budget on the hiring market's curve in its own unit: an hourly budget against the bill
     * rate, an annual budget for a contract against a year of billing, otherwise against the base.
     */
    private void budget(List<Definition> out, Expr recLow, Expr recHigh, Expr billLow, Expr billHigh) {
        Expr budget = input(Input.BUDGET);
        Expr present = fn(Function.PRESENT, budget);
        int contract = Engagement.CONTRACT.ordinal() + 1;
        def(out, FigureKind.BUDGET_UNIT, iff(and(List.of(present, input(Input.BUDGET_HOURLY))), num(BudgetUnit.HOURLY.code()),
                iff(input(Input.ENGAGEMENT).is(num(contract)), num(BudgetUnit.CONTRACT_YEAR.code()), num(BudgetUnit.BASE.code()))));
        Expr unit = ref(FigureKind.BUDGET_UNIT);
        Expr hourly = unit.is(num(BudgetUnit.HOURLY.code()));
        Expr year = unit.is(num(BudgetUnit.CONTRACT_YEAR.code()));
        def(out, FigureKind.BUDGET_UNIT_LOW, iff(hourly, billLow, iff(year, ref(FigureKind.ANNUAL_BILL_LOW), recLow)));
        def(out, FigureKind.BUDGET_UNIT_HIGH, iff(hourly, billHigh, iff(year, ref(FigureKind.ANNUAL_BILL_HIGH), recHigh)));
        curve(out, ref(FigureKind.BUDGET_UNIT_LOW), ref(FigureKind.BUDGET_UNIT_HIGH), FigureKind.BUDGET_MEAN,
                FigureKind.BUDGET_SIGMA, num(0.01));
        Expr mean = ref(FigureKind.BUDGET_MEAN);
        Expr sigma = ref(FigureKind.BUDGET_SIGMA);
        Expr floorPct = policy(PolicyKey.FLOOR_PERCENTILE);
        Expr coverage = policy(PolicyKey.RECOMMENDED_COVERAGE);
        // Rounded to 4 decimals so the engine and the spreadsheet agree at the boundaries.
        def(out, FigureKind.BUDGET_PERCENTILE, iff(present, round(num(100).times(fn(Function.NORMDIST, budget, mean, sigma)), 4), absent()));
        Expr pct = ref(FigureKind.BUDGET_PERCENTILE);
        def(out, FigureKind.BUDGET_PERCENTILE_SHOWN, iff(present, max(num(1), min(num(99), fn(Function.INT, pct))), absent()));
        FigureKind[] unitPercentiles = {FigureKind.BUDGET_P10, FigureKind.BUDGET_P50, FigureKind.BUDGET_P90};
        double[] at = {0.10, 0.50, 0.90};
        for (int i = 0; i < at.length; i++) {
            Expr value = mean.plus(sigma.times(fn(Function.NORMSINV, num(at[i]))));
            def(out, unitPercentiles[i], iff(hourly, round(value, 2), round(value, 0)));
        }
        Expr floorAt = mean.plus(sigma.times(fn(Function.NORMSINV, floorPct)));
        def(out, FigureKind.BUDGET_FLOOR, iff(hourly, round(floorAt, 2), round(floorAt, 0)));
        def(out, FigureKind.VERDICT, iff(present, iff(pct.lessThan(num(100).times(floorPct)), num(Verdict.BELOW_FLOOR.code()),
                iff(pct.lessThan(num(50).minus(num(50).times(coverage))), num(Verdict.BELOW_MARKET.code()),
                        iff(pct.lessThan(num(50)), num(Verdict.COMPETITIVE.code()), num(Verdict.STRONG.code())))), absent()));
        def(out, FigureKind.GAP, iff(present, round(max(num(0), ref(FigureKind.BUDGET_UNIT_LOW).minus(budget)), 2), absent()));
        def(out, FigureKind.GAP_SHARE, iff(present, ref(FigureKind.GAP).over(budget), absent()));
    }

    /** The normal curve whose middle {@code recommended-coverage} lies between low and high. */
    private static void curve(List<Definition> out, Expr low, Expr high, FigureKind mean, FigureKind sigma, Expr least) {
        def(out, mean, low.plus(high).over(num(2)));
        def(out, sigma, max(high.minus(low).over(num(2).times(ref(FigureKind.Z))), least));
    }

    private static Table factorTable(String name, String title, List<Location> locations, List<Level> levels,
                                     List<List<MarketFactor>> factors, boolean low) {
        double[][] values = new double[locations.size()][levels.size()];
        for (int i = 0; i < locations.size(); i++) {
            for (int j = 0; j < levels.size(); j++) {
                MarketFactor f = factors.get(i).get(j);
                values[i][j] = low ? f.low() : f.high();
            }
        }
        return new Table(name, title, locations.stream().map(Location::id).toList(), ids(levels), values, List.of());
    }

    private static List<String> ids(List<Level> levels) {
        return levels.stream().map(Level::id).toList();
    }

    private static Expr ref(FigureKind kind) {
        return Expr.ref(Figure.of(kind));
    }

    private static void def(List<Definition> out, FigureKind kind, Expr expr) {
        out.add(new Definition(Figure.of(kind), expr));
    }
}
