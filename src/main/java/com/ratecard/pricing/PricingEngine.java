package com.ratecard.pricing;

import com.ratecard.data.Guidance;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.data.Opening;
import com.ratecard.data.PolicyKey;
import com.ratecard.data.Role;
import com.ratecard.data.Skill;
import com.ratecard.pricing.steps.FigureKind;
import com.ratecard.pricing.steps.Inputs;
import com.ratecard.pricing.steps.Steps;
import com.ratecard.pricing.steps.Values;
import com.ratecard.data.match.Interpretation;
import com.ratecard.data.match.OpeningMatcher;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prices an opening against the market data by evaluating the pricing steps ({@link Steps}) for
 * it and for every alternative a document shows. Stateless after construction; safe for many
 * threads. Without an effective date an opening is priced as of today ({@code clock}).
 */
public final class PricingEngine {
    private final MarketData data;
    private final OpeningMatcher matcher;
    private final Clock clock;
    private final RoleScale scale;
    private final MarketBlend blend;
    private final Map<String, PricingSteps.RoleSteps> steps = new LinkedHashMap<>();
    /** The aggregators' evidence for each role and level, computed once. */
    private final Map<String, Market> evidence = new java.util.HashMap<>();
    private final BuildUp buildUp;
    private final Benchmarks benchmarks;
    private final LeverSearch levers;
    private final ExplanationTrail trail;

    public PricingEngine(MarketData data) {
        this(new OpeningMatcher(data), Clock.systemDefaultZone());
    }

    public PricingEngine(MarketData data, Clock clock) {
        this(new OpeningMatcher(data), clock);
    }

    /** An engine that reads openings with this matcher (e.g. one that refuses skills the guide does not price). */
    public PricingEngine(OpeningMatcher matcher) {
        this(matcher, Clock.systemDefaultZone());
    }

    public PricingEngine(OpeningMatcher matcher, Clock clock) {
        this.matcher = matcher;
        this.data = matcher.data();
        this.clock = clock;
        this.scale = new RoleScale(data);
        this.blend = new MarketBlend(data, scale);
        PricingSteps builder = new PricingSteps(data, new LevelBases(data, scale, blend), new MarketFactors(data));
        for (Role role : data.roles().items()) {
            steps.put(role.id(), builder.build(role));
            for (Level level : data.levelsByRank()) evidence.put(role.id() + "/" + level.id(), blend.market(role, level));
        }
        this.buildUp = new BuildUp(data);
        this.benchmarks = new Benchmarks(data, scale);
        this.levers = new LeverSearch(data);
        this.trail = new ExplanationTrail(data);
    }

    public MarketData data() {
        return data;
    }

    /** The pricing steps for a role: what the workbook writes as live formulas. */
    public Steps steps(Role role) {
        return steps.get(role.id()).steps();
    }

    /** Today, as the engine sees it: the default effective date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The full quote, with the budget verdict and levers when the opening has a budget. */
    public Quote price(Opening opening) {
        Interpretation understood = matcher.match(opening);
        Role role = understood.role();
        Level level = understood.level();
        Location location = understood.location();
        List<Skill> skills = understood.skills();
        LocalDate effective = opening.effectiveDate() != null ? opening.effectiveDate() : today();
        PricingSteps.RoleSteps roleSteps = steps.get(role.id());
        Inputs inputs = inputs(roleSteps.steps(), level, location, skills, opening, effective);
        Values v = roleSteps.steps().evaluate(inputs);

        Market market = market(role, level);
        List<Adjustment> lines = buildUp.lines(roleSteps, level, location, inputs, v);
        Range recommended = BuildUp.range(v, FigureKind.RECOMMENDED_LOW, FigureKind.RECOMMENDED_HIGH);
        HiringMarket hiring = new HiringMarket(recommended, percentiles(v), data.policy().number(PolicyKey.RECOMMENDED_COVERAGE), market.blended(), AGGREGATORS_READ_LOWER);
        LevelBase base = roleSteps.base(level);
        TotalComp totalComp = new TotalComp(BuildUp.range(v, FigureKind.TOTAL_COMP_LOW, FigureKind.TOTAL_COMP_HIGH),
                100 * base.totalCompLow(), 100 * base.totalCompHigh(), base.totalCompFromGuide(), base.totalCompSource());
        ContractTerms contract = contract(v, role, level, lines);
        Fees fees = fees(v);
        BudgetAssessment budget = opening.budget() == null ? null
                : budget(roleSteps.steps(), opening, understood, inputs, v);
        List<Benchmark> held = benchmarks.of(role, level, location, recommended, totalComp, lines);
        List<Explanation> explanation = trail.trail(new ExplanationTrail.Figures(market, base, lines, hiring, totalComp,
                contract, fees, budget, held));
        return new Quote(opening, role, level, location, skills, data.policy().dataAsOf(), effective, market, hiring, lines,
                recommended, totalComp, contract, fees, budget, held, (int) Math.round(data.guidance("time-to-fill").low()),
                explanation, alternatives(role, level, location, inputs), roleSteps.steps(), inputs, v, understood);
    }

    static final String AGGREGATORS_READ_LOWER = "The salary aggregators sample different populations (the guide: "
            + "\"Those databases are sampling different populations because the job title hasn't stabilized\") and lag "
            + "the market (\"Companies that used to budget $130K for this role are getting outbid\"); the guide's budget "
            + "guidance prices what a hire costs now.";

    private static Percentiles percentiles(Values v) {
        return new Percentiles(v.dollars(FigureKind.P10), v.dollars(FigureKind.P25), v.dollars(FigureKind.P50),
                v.dollars(FigureKind.P75), v.dollars(FigureKind.P90));
    }

    private static Inputs inputs(Steps steps, Level level, Location location, List<Skill> skills, Opening opening,
                                 LocalDate effective) {
        Set<String> on = new LinkedHashSet<>();
        for (Skill s : skills) {
            if (steps.premiumSkills().contains(s.id()) || steps.comboSkills().contains(s.id())) on.add(s.id());
        }
        return new Inputs(level.id(), location.id(), on, opening.clearance().priced(), opening.engagement(),
                opening.budget(), effective);
    }

    private ContractTerms contract(Values v, Role role, Level level, List<Adjustment> lines) {
        Guidance band = data.guidance("contract-hourly");
        HourlyRange bill = BuildUp.hourly(v, FigureKind.BILL_LOW, FigureKind.BILL_HIGH);
        List<String> why = new ArrayList<>();
        if (bill.high() > band.high()) {
            if (!role.perLevelData()) why.add("the guide's band is for MLOps engineers; this is a " + role.name());
            if (level.rank() > data.levels().resolve(RoleScale.SENIOR).rank()) {
                why.add("the band runs \"depending on experience\" for mid and senior hires; this is a " + level.name() + " hire");
            }
            for (Adjustment a : lines) if (a.kind() != AdjustmentKind.BASE && a.effectHigh() > 0) why.add(a.label());
        }
        return new ContractTerms(bill, BuildUp.hourly(v, FigureKind.PAY_LOW, FigureKind.PAY_HIGH),
                100 * data.policy().value(PolicyKey.CONTRACT_RATE_PREMIUM), 100 * data.policy().value(PolicyKey.MARKUP),
                100 * v.get(FigureKind.MARGIN), (int) data.policy().number(PolicyKey.HOURS_PER_YEAR),
                BuildUp.range(v, FigureKind.ANNUAL_BILL_LOW, FigureKind.ANNUAL_BILL_HIGH),
                new HourlyRange(band.low(), band.high()), why);
    }

    private Fees fees(Values v) {
        return new Fees(BuildUp.range(v, FigureKind.DIRECT_HIRE_FEE_LOW, FigureKind.DIRECT_HIRE_FEE_HIGH),
                100 * data.policy().value(PolicyKey.DIRECT_HIRE_FEE),
                BuildUp.range(v, FigureKind.CONVERSION_FEE_LOW, FigureKind.CONVERSION_FEE_HIGH),
                100 * data.policy().value(PolicyKey.C2H_CONVERSION_FEE), (int) data.policy().number(PolicyKey.C2H_CONTRACT_MONTHS),
                BuildUp.range(v, FigureKind.C2H_BILLING_LOW, FigureKind.C2H_BILLING_HIGH),
                (int) data.policy().number(PolicyKey.CONTRACT_TERM_MONTHS),
                BuildUp.range(v, FigureKind.CONTRACT_TERM_LOW, FigureKind.CONTRACT_TERM_HIGH));
    }

    private BudgetAssessment budget(Steps steps, Opening opening, Interpretation understood, Inputs inputs, Values v) {
        double amount = opening.budget().amount();
        double minimum = v.get(FigureKind.BUDGET_UNIT_LOW);
        double gap = v.get(FigureKind.GAP);
        LeverSearch.Result found = gap > 0 ? levers.search(steps, opening, understood, inputs, minimum, amount)
                : new LeverSearch.Result(List.of(), null);
        BudgetUnit unit = BudgetUnit.ofCode(v.get(FigureKind.BUDGET_UNIT));
        UnitPercentiles market = UnitPercentiles.of(v);
        return new BudgetAssessment(opening.budget(), unit,
                v.get(FigureKind.BUDGET_PERCENTILE), (int) Math.round(v.get(FigureKind.BUDGET_PERCENTILE_SHOWN)),
                Verdict.ofCode(v.get(FigureKind.VERDICT)), v.get(FigureKind.BUDGET_FLOOR), minimum, gap,
                100 * v.get(FigureKind.GAP_SHARE), found.levers(), found.combination(), market);
    }

    private Market market(Role role, Level level) {
        return evidence.get(role.id() + "/" + level.id());
    }

    /** The opening at every level, in every market and as every role: what the documents compare. */
    private Alternatives alternatives(Role role, Level level, Location location, Inputs inputs) {
        Steps own = steps.get(role.id()).steps();
        List<Alternative> levels = new ArrayList<>();
        for (Level l : data.levelsByRank()) {
            levels.add(alternative(own, inputs.withLevel(l.id()), l.id(), l.name(), l.equals(level), market(role, l)));
        }
        Market evidence = market(role, level);
        List<Alternative> markets = new ArrayList<>();
        for (Location m : data.locations().items()) {
            markets.add(alternative(own, inputs.withLocation(m.id()), m.id(), m.name(), m.equals(location), evidence));
        }
        List<Alternative> roles = new ArrayList<>();
        for (Role r : data.roles().items()) {
            roles.add(alternative(steps.get(r.id()).steps(), inputs, r.id(), r.name(), r.equals(role), market(r, level)));
        }
        return new Alternatives(levels, markets, roles);
    }

    private Alternative alternative(Steps steps, Inputs inputs, String id, String name, boolean current, Market market) {
        Values v = steps.evaluate(inputs.withBudget(null));
        return new Alternative(id, name, BuildUp.range(v, FigureKind.RECOMMENDED_LOW, FigureKind.RECOMMENDED_HIGH),
                BuildUp.hourly(v, FigureKind.BILL_LOW, FigureKind.BILL_HIGH),
                BuildUp.range(v, FigureKind.TOTAL_COMP_LOW, FigureKind.TOTAL_COMP_HIGH), current, market);
    }
}
