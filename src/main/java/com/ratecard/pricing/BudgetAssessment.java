package com.ratecard.pricing;

import java.util.List;

/**
 * The client's budget against the market: its estimated percentile, the gap to the recommended
 * minimum (0 when there is none) in dollars and as a share of the budget, the verdict, and levers.
 * {@code floor} is the budget below which the verdict is "below floor".
 */
public record BudgetAssessment(long budget, int percentile, long floor, long gap, double gapPct, Verdict verdict,
                               List<Lever> levers) {
    public BudgetAssessment {
        levers = List.copyOf(levers);
    }
}
