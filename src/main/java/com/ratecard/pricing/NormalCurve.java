package com.ratecard.pricing;

/**
 * The market model: salaries normally distributed, with a range's ends at the percentiles that
 * leave {@code coverage} of the market between them (80% coverage: ends are P10 and P90).
 * The same model is written as NORMSINV/NORMSDIST formulas in the workbook's calculator.
 */
public record NormalCurve(double mean, double sigma) {
    public static NormalCurve fromRange(Range range, double coverage) {
        double z = inverse(0.5 + coverage / 2);
        double mean = (range.low() + range.high()) / 2.0;
        double sigma = (range.high() - range.low()) / (2 * z);
        return new NormalCurve(mean, Math.max(sigma, 1e-9));
    }

    public long at(double percentile) {
        return Money.round(mean + sigma * inverse(percentile));
    }

    public Percentiles percentiles() {
        return new Percentiles(at(0.10), at(0.25), at(0.50), at(0.75), at(0.90));
    }

    /** Percentile (0-100, rounded) of a value. */
    public int percentileOf(double value) {
        return (int) Math.round(100 * cdf((value - mean) / sigma));
    }

    /** Standard normal CDF (Zelen & Severo 26.2.17, error below 1e-7). */
    static double cdf(double z) {
        if (z < -8) return 0;
        if (z > 8) return 1;
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        double tail = density * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return z >= 0 ? 1 - tail : tail;
    }

    /** Standard normal quantile (Acklam's algorithm, relative error below 1.2e-9). */
    static double inverse(double p) {
        if (p <= 0 || p >= 1) throw new IllegalArgumentException("p must be in (0,1): " + p);
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) return -inverse(1 - p);
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
