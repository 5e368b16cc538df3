package com.ratecard.pricing;

import static com.ratecard.Fixtures.ENGINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Budget;
import com.ratecard.data.Engagement;
import com.ratecard.data.Opening;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One distribution: the budget's percentile, the verdict, the gap and the chart all read the
 * hiring market whose middle is the recommendation, in the budget's own unit.
 */
class HiringMarketTest {
    static final List<Opening> OPENINGS = List.of(
            Fixtures.opening("MLOps Engineer", "mid", "Austin", List.of(), false, Engagement.DIRECT_HIRE, null),
            Fixtures.opening("MLOps Engineer", "senior", "San Francisco", List.of("LLM deployment"), true, Engagement.DIRECT_HIRE, null),
            Fixtures.opening("DevOps Engineer", "entry", "Remote", List.of(), false, Engagement.CONTRACT_TO_HIRE, null),
            Fixtures.opening("ML Engineer", "staff", "New York", List.of("GPU cluster management"), false, Engagement.CONTRACT, null),
            Fixtures.opening("MLOps Engineer", "mid", "Remote", List.of(), false, Engagement.CONTRACT, null));

    @Test
    void theRecommendationIsTheMiddleOfTheDistributionItIsReadAgainst() {
        for (Opening o : OPENINGS) {
            Quote q = ENGINE.price(o);
            Percentiles p = q.percentiles();
            assertEquals(q.recommendedBase().low(), p.p25(), 1, o.toString());
            assertEquals(q.recommendedBase().high(), p.p75(), 1, o.toString());
            assertTrue(p.p10() < q.recommendedBase().low() && q.recommendedBase().high() < p.p90());
            assertEquals(q.recommendedBase(), q.hiring().range());
        }
    }

    @Test
    void verdictAndPercentileAgreeForBudgetsSweptAcrossTheRange() {
        for (Opening o : OPENINGS) {
            Quote plain = ENGINE.price(o);
            boolean hourly = o.engagement() != Engagement.DIRECT_HIRE;
            double low = hourly ? plain.contract().billRate().low() * 0.6 : plain.percentiles().p10() * 0.8;
            double high = hourly ? plain.contract().billRate().high() * 1.4 : plain.percentiles().p90() * 1.2;
            Verdict previous = null;
            for (int i = 0; i <= 200; i++) {
                double amount = low + (high - low) * i / 200;
                Budget budget = hourly ? Budget.hourly(amount) : Budget.annual(Math.round(amount));
                BudgetAssessment b = ENGINE.price(o.withBudget(budget)).budget();
                double pct = b.percentileExact();
                Verdict expected = pct < 10 ? Verdict.BELOW_FLOOR : pct < 25 ? Verdict.BELOW_MARKET
                        : pct < 50 ? Verdict.COMPETITIVE : Verdict.STRONG;
                assertEquals(expected, b.verdict(), o + " at " + amount + " (P" + pct + ")");
                assertEquals(b.verdict().belowRange(), b.gap() > 0, "a gap exactly when below the range: " + amount);
                assertEquals(b.verdict().belowRange(), budget.amount() < b.minimum(), "minimum " + b.minimum());
                assertTrue(b.percentile() >= 1 && b.percentile() <= 99);
                assertTrue(b.percentile() == Math.max(1, Math.min(99, (int) Math.floor(pct))), "shown " + b.percentile());
                if (b.verdict() == Verdict.BELOW_FLOOR) assertTrue(budget.amount() < b.floor() + 0.01);
                if (previous != null) assertTrue(b.verdict().compareTo(previous) >= 0, "verdicts only improve as the budget rises");
                previous = b.verdict();
            }
            assertEquals(Verdict.STRONG, previous);
        }
    }

    @Test
    void aBudgetAtTheMinimumIsCompetitiveAndOneDollarLessIsNot() {
        Opening o = OPENINGS.get(1);
        long minimum = ENGINE.price(o).recommendedBase().low();
        assertEquals(Verdict.COMPETITIVE, ENGINE.price(o.withBudget(Budget.annual(minimum))).budget().verdict());
        BudgetAssessment below = ENGINE.price(o.withBudget(Budget.annual(minimum - 1))).budget();
        assertEquals(Verdict.BELOW_MARKET, below.verdict());
        assertEquals(24, below.percentile());
        assertEquals(1, below.gap(), 0);
    }

    @Test
    void anHourlyBudgetIsReadAgainstTheBillRate() {
        Opening contract = Fixtures.opening("MLOps Engineer", "mid", "Chicago", List.of(), false, Engagement.CONTRACT, null);
        Quote q = ENGINE.price(contract.withBudget(Budget.hourly(80)));
        assertEquals(BudgetUnit.HOURLY, q.budget().unit());
        assertEquals(q.contract().billRate().low(), q.budget().minimum(), 0);
        assertEquals(q.contract().billRate().low() - 80, q.budget().gap(), 0.001);
        Quote exact = ENGINE.price(contract.withBudget(Budget.hourly(q.contract().billRate().low())));
        assertEquals(Verdict.COMPETITIVE, exact.budget().verdict());
    }

    @Test
    void anAnnualBudgetForAContractIsReadAgainstAYearOfBilling() {
        Opening contract = Fixtures.opening("MLOps Engineer", "mid", "Chicago", List.of(), false, Engagement.CONTRACT, 165_000L);
        Quote q = ENGINE.price(contract);
        assertEquals(BudgetUnit.CONTRACT_YEAR, q.budget().unit());
        assertEquals(q.contract().annualBilling().low(), q.budget().minimum(), 0);
        assertTrue(q.budget().verdict().belowRange(), "a year of billing costs more than the base it buys");
    }

    @Test
    void anAgedQuoteIsPricedAsOfTodayByDefault() {
        PricingEngine december = new PricingEngine(Fixtures.MARKET, java.time.Clock.fixed(
                java.time.Instant.parse("2026-12-01T09:00:00Z"), java.time.ZoneOffset.UTC));
        Opening mid = OPENINGS.get(0);
        Quote today = december.price(mid);
        assertEquals(java.time.LocalDate.of(2026, 12, 1), today.effectiveDate());
        Adjustment aging = today.adjustments().stream().filter(a -> a.kind() == AdjustmentKind.AGING).findFirst().orElseThrow();
        assertTrue(aging.effectLow() > 0 && aging.effectHigh() > 0);
        assertTrue(today.recommendedBase().low() > 150_000 && today.recommendedBase().low() < 155_000, today.recommendedBase().toString());
        Quote pinned = december.price(mid.with(b -> b.effectiveDate(java.time.LocalDate.of(2026, 1, 1))));
        assertEquals(new Range(150_000, 175_000), pinned.recommendedBase(), "an effective date overrides today");
        assertTrue(pinned.adjustments().stream().noneMatch(a -> a.kind() == AdjustmentKind.AGING), "no aging line when there is none");
    }
}
