package com.ratecard.pricing;

import com.ratecard.data.Budget;
import java.util.List;

/**
 * The client's budget on the hiring market for the opening, in the budget's own unit
 * ({@link BudgetUnit}): its percentile ({@code percentileExact}; {@code percentile} as shown,
 * 1-99), the verdict read from it, the floor and the recommended minimum in that unit, the gap to
 * that minimum (0 when there is none) and as a share of the budget, and the levers that would
 * close it: single changes, and when none is enough on its own the cheapest combination that is
 * ({@code combination}, null when there is none or no need). {@code market} is the hiring market's
 * percentiles in the budget's unit, for a bar the budget can be pinned on.
 */
public record BudgetAssessment(Budget budget, BudgetUnit unit, double percentileExact, int percentile, Verdict verdict,
                               double floor, double minimum, double gap, double gapPct, List<Lever> levers,
                               Lever combination, UnitPercentiles market) {
    public BudgetAssessment {
        levers = List.copyOf(levers);
    }

    public double amount() {
        return budget.amount();
    }

    /** Some lever, or the combination, reaches the budget. */
    public boolean closable() {
        return levers.stream().anyMatch(Lever::closesGap) || (combination != null && combination.closesGap());
    }
}
