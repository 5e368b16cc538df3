package com.ratecard.pricing;

import com.ratecard.data.Engagement;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.data.Opening;
import com.ratecard.data.Skill;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a budget against the market for the opening and, when it falls short, finds the levers:
 * each one reprices a changed opening and reports how far the recommended minimum moves.
 */
final class BudgetAssessor {
    private final MarketData data;
    private final PricingEngine engine;

    BudgetAssessor(MarketData data, PricingEngine engine) {
        this.data = data;
        this.engine = engine;
    }

    BudgetAssessment assess(Quote quote, long budget) {
        double coverage = data.policy().get("market-coverage").fraction();
        NormalCurve curve = NormalCurve.fromRange(quote.marketForOpening(), coverage);
        int percentile = curve.percentileOf(budget);
        Range recommended = quote.recommendedBase();
        long floor = Math.min(quote.percentilesForOpening().p25(), recommended.low());
        Verdict verdict = budget < floor ? Verdict.BELOW_FLOOR
                : budget < recommended.low() ? Verdict.BELOW_MARKET
                : budget < recommended.midpoint() ? Verdict.COMPETITIVE : Verdict.STRONG;
        long gap = Math.max(0, recommended.low() - budget);
        double gapPct = 100.0 * gap / budget;
        List<Lever> levers = gap > 0 ? levers(quote, budget) : List.of();
        return new BudgetAssessment(budget, percentile, floor, gap, gapPct, verdict, levers);
    }

    private List<Lever> levers(Quote quote, long budget) {
        Opening opening = quote.opening();
        long minimum = quote.recommendedBase().low();
        List<Lever> levers = new ArrayList<>();
        for (Skill skill : PremiumOrder.of(quote.skills())) {
            List<String> kept = quote.skills().stream().filter(s -> !s.equals(skill)).map(Skill::id).toList();
            levers.add(lever("drop-skill:" + skill.id(), "Drop premium skill: " + skill.name(),
                    opening.withSkills(kept).withLevel(quote.level().id()), minimum, budget, "make it a nice-to-have"));
        }
        if (opening.clearance() == com.ratecard.data.Clearance.PREFERRED) {
            levers.add(lever("drop-clearance", "Accept candidates without a clearance",
                    opening.withClearance(com.ratecard.data.Clearance.NO).withLevel(quote.level().id()), minimum, budget, "if the work allows"));
        }
        if (!quote.location().remote()) {
            Location remote = data.locations().items().stream().filter(Location::remote).findFirst().orElse(null);
            if (remote != null) {
                levers.add(lever("remote", "Hire fully remote", opening.withLocation(remote.id()).withLevel(quote.level().id()),
                        minimum, budget, "remote discount " + Money.pct(remote.diffLowPct()) + " to "
                                + Money.pct(remote.diffHighPct())));
            }
        }
        cheapestOtherLocation(quote).ifPresent(location -> levers.add(lever("location:" + location.id(),
                "Hire in " + location.name(), opening.withLocation(location.id()).withLevel(quote.level().id()), minimum,
                budget, "differential " + Money.pct(location.diffLowPct()) + " to "
                        + Money.pct(location.diffHighPct()))));
        levelBelow(quote.level()).ifPresent(level -> levers.add(lever("level:" + level.id(), "Hire one level down: "
                + level.name(), opening.withLevel(level.id()), minimum, budget, "narrower scope, more ramp-up")));
        if (opening.engagement() != Engagement.CONTRACT) levers.add(contractInstead(quote, budget));
        return levers;
    }

    private Lever lever(String id, String label, Opening changed, long minimum, long budget, String detail) {
        long newMinimum = engine.priceWithoutBudget(changed.withBudget(null)).recommendedBase().low();
        return new Lever(id, label, newMinimum - minimum, newMinimum, newMinimum <= budget, detail);
    }

    /** The cheapest non-remote market other than the opening's own, if it is cheaper. */
    private Optional<Location> cheapestOtherLocation(Quote quote) {
        return data.locations().items().stream()
                .filter(l -> !l.remote() && !l.equals(quote.location()))
                .min(Comparator.comparingDouble(Location::diffLowPct).thenComparing(Location::id))
                .filter(l -> l.diffLowPct() < quote.location().diffLowPct());
    }

    private Optional<Level> levelBelow(Level level) {
        return data.levelsByRank().stream().filter(l -> l.rank() < level.rank()).reduce((a, b) -> b);
    }

    /**
     * A contract build for the contract-to-hire period instead of a hire. Compared over the same
     * period: the contract's billing against the direct hire's base for those months plus its fee.
     * It closes the gap when the budget covers the contract's billing for the period.
     */
    private Lever contractInstead(Quote quote, long budget) {
        Fees fees = quote.fees();
        int months = fees.contractMonths();
        long contractCost = fees.contractPeriodBilling().low();
        long directCost = Money.round(quote.recommendedBase().low() * months / 12.0) + fees.directHireFee().low();
        return new Lever("contract", "Contract for a " + months + "-month build instead",
                contractCost - directCost, contractCost, contractCost <= budget,
                months + " months at " + Money.hourly(quote.contract().billRate().low()) + "/h bill cost "
                        + Money.dollars(contractCost) + "; a hire costs " + Money.dollars(directCost)
                        + " over the same months (base + fee), with a long-term commitment");
    }
}
