package com.ratecard.pricing;

import com.ratecard.data.Guidance;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.data.Opening;
import com.ratecard.data.Policy;
import com.ratecard.data.Role;
import com.ratecard.data.Skill;
import com.ratecard.data.SkillCombo;
import com.ratecard.data.match.Interpretation;
import com.ratecard.data.match.OpeningMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Prices an opening against the market data. Stateless after construction; safe for many threads. */
public final class PricingEngine {
    private final MarketData data;
    private final OpeningMatcher matcher;
    private final MarketBlend blend;
    private final BaseRecommendation base;
    private final AdjustmentChain chain;
    private final EngagementTerms terms;

    public PricingEngine(MarketData data) {
        this(new OpeningMatcher(data));
    }

    /** An engine that reads openings with this matcher (e.g. one that refuses skills the guide does not price). */
    public PricingEngine(OpeningMatcher matcher) {
        this.matcher = matcher;
        this.data = matcher.data();
        this.blend = new MarketBlend(data);
        this.base = new BaseRecommendation(data, blend);
        this.chain = new AdjustmentChain(data);
        this.terms = new EngagementTerms(data);
    }

    public MarketData data() {
        return data;
    }

    /** The full quote, with the budget verdict and levers when the opening has a budget. */
    public Quote price(Opening opening) {
        Quote quote = priceWithoutBudget(opening);
        if (opening.budget() == null) return quote;
        BudgetAssessment assessment = new BudgetAssessor(data, this).assess(quote, Math.round(opening.budget().amount()));
        List<Explanation> trail = new ArrayList<>(quote.explanation());
        trail.add(new Explanation("Budget percentile", assessment.percentile() + "th",
                "budget on the normal curve of the market for this opening", "policy.csv: market-coverage"));
        trail.add(new Explanation("Budget verdict", assessment.verdict().label(),
                "floor = lower of market P25 and recommended minimum (" + Money.dollars(assessment.floor())
                        + "); competitive from the recommended minimum, strong from its midpoint",
                "engine rule"));
        return new Quote(quote.opening(), quote.role(), quote.level(), quote.location(), quote.skills(),
                quote.dataAsOf(), quote.effectiveDate(), quote.market(), quote.marketForOpening(),
                quote.percentilesForOpening(), quote.adjustments(), quote.recommendedBase(), quote.totalComp(),
                quote.contract(), quote.fees(), assessment, quote.benchmarks(), quote.timeToFillDays(), trail, quote.understood());
    }

    Quote priceWithoutBudget(Opening opening) {
        Interpretation understood = matcher.match(opening);
        Role role = understood.role();
        Level level = understood.level();
        Location location = understood.location();
        List<Skill> skills = understood.skills();
        List<SkillCombo> combos = data.combos().stream()
                .filter(c -> c.requiredSkillIds().stream().allMatch(id -> skills.stream().anyMatch(s -> s.id().equals(id))))
                .toList();
        LocalDate asOf = data.policy().dataAsOf();
        LocalDate effective = opening.effectiveDate() != null ? opening.effectiveDate() : asOf;

        Market market = blend.market(role, level);
        BaseRecommendation.Result start = base.base(role, level);
        AdjustmentChain.Context context = new AdjustmentChain.Context(location, PremiumOrder.of(skills),
                combos, opening.clearance().priced(), effective);
        List<Adjustment> lines = new ArrayList<>();
        lines.add(new Adjustment(AdjustmentKind.BASE, start.label(), start.rate(), start.range().low(),
                start.range().high(), 1.0, 1.0, start.range(), start.provenance()));
        lines.addAll(chain.apply(start.range(), context));
        Range recommended = AdjustmentChain.end(start.range(), lines);
        Range marketForOpening = AdjustmentChain.end(market.blended(), chain.apply(market.blended(), context));
        Policy policy = data.policy();
        Percentiles forOpening = NormalCurve.fromRange(marketForOpening, policy.get("market-coverage").fraction()).percentiles();

        TotalComp totalComp = terms.totalComp(level, recommended);
        ContractTerms contract = terms.contract(recommended);
        Fees fees = terms.fees(recommended, contract);
        int timeToFill = (int) Math.round(data.guidance("time-to-fill").low());
        List<Benchmark> benchmarks = benchmarks(role, level, location);
        List<Explanation> trail = new ExplanationTrail(data).trail(market, lines, marketForOpening, totalComp, contract,
                fees, benchmarks);
        return new Quote(opening, role, level, location, skills, asOf, effective, market, marketForOpening, forOpening,
                lines, recommended, totalComp, contract, fees, null, benchmarks, timeToFill, trail, understood);
    }

    /** Statements of the guide that bear on this opening, to show beside the recommendation. */
    private List<Benchmark> benchmarks(Role role, Level level, Location location) {
        List<Benchmark> out = new ArrayList<>();
        if (role.perLevelData()) {
            data.budgetGuidance(level.id()).ifPresent(g -> out.add(benchmark("Guide's budget for " + level.name()
                    + " (most US markets)", g)));
            data.regionalGuidance(location.id(), level.id()).ifPresent(g -> out.add(benchmark("Guide's budget in "
                    + location.name(), g)));
            data.guidance().stream().filter(g -> g.id().equals("total-comp-senior") && g.levelIds().contains(level.id()))
                    .forEach(g -> out.add(benchmark("Guide's total comp for " + level.name(), g)));
        }
        // The guide's location table describes MLOps salaries, whatever the role.
        out.add(new Benchmark("Average " + blend.anchor().name() + " salary in " + location.name(),
                new Range(location.salaryLow(), location.salaryHigh()), location.provenance()));
        out.add(new Benchmark(role.name() + " national average", new Range(role.nationalLow(), role.nationalHigh()),
                role.provenance()));
        return out;
    }

    private static Benchmark benchmark(String label, Guidance g) {
        return new Benchmark(label, new Range(Math.round(g.low()), Math.round(g.high())), g.provenance());
    }
}
