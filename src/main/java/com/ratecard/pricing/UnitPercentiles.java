package com.ratecard.pricing;

/**
 * The hiring market's percentiles read in a budget's unit ({@link BudgetUnit}): an annual base,
 * an hourly bill rate or a year of billing. The same curve as {@link Percentiles}, so a budget's
 * pin sits on a bar drawn in its own unit; hourly figures to the cent, others whole dollars.
 */
public record UnitPercentiles(double p10, double p25, double p50, double p75, double p90) {
    /**
     * The base percentiles carried into the unit by the same straight line that maps the
     * recommended range (P25 to P75 of base) onto its ends in the unit: every figure of the unit is
     * a fixed multiple of base, so the curve keeps its shape.
     */
    static UnitPercentiles of(Percentiles base, Range recommended, double unitLow, double unitHigh, BudgetUnit unit) {
        double span = recommended.high() - recommended.low();
        double scale = span == 0 ? 0 : (unitHigh - unitLow) / span;
        java.util.function.LongFunction<Double> at = p -> {
            double value = unitLow + (p - recommended.low()) * scale;
            return unit.hourly() ? Money.cents(value) : (double) Money.round(value);
        };
        return new UnitPercentiles(at.apply(base.p10()), unitLow, at.apply(base.p50()), unitHigh, at.apply(base.p90()));
    }
}
