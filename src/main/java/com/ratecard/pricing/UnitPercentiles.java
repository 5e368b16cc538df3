package com.ratecard.pricing;

/**
 * The hiring market's percentiles read in a budget's unit ({@link BudgetUnit}): an annual base,
 * an hourly bill rate or a year of billing. The same curve as {@link Percentiles}, so a budget's
 * pin sits on a bar drawn in its own unit; hourly figures to the cent, others whole dollars.
 */
public record UnitPercentiles(double p10, double p25, double p50, double p75, double p90) {
    /** The steps' curve in the budget's unit: its P10, P50 and P90, and the recommended range as P25 and P75. */
    static UnitPercentiles of(com.ratecard.pricing.steps.Values v) {
        return new UnitPercentiles(v.get(com.ratecard.pricing.steps.FigureKind.BUDGET_P10),
                v.get(com.ratecard.pricing.steps.FigureKind.BUDGET_UNIT_LOW), v.get(com.ratecard.pricing.steps.FigureKind.BUDGET_P50),
                v.get(com.ratecard.pricing.steps.FigureKind.BUDGET_UNIT_HIGH), v.get(com.ratecard.pricing.steps.FigureKind.BUDGET_P90));
    }
}
