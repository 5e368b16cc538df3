package com.ratecard.pricing;

/** An annual dollar range, whole dollars, low <= high. */
public record Range(long low, long high) {
    public Range {
        if (low > high) throw new IllegalArgumentException("range low " + low + " above high " + high);
    }

    public long midpoint() {
        return Math.round((low + high) / 2.0);
    }

    public Range plus(long addLow, long addHigh) {
        return new Range(low + addLow, high + addHigh);
    }

    /** Each end scaled by its own factor and rounded to the dollar (half up, like Excel's ROUND). */
    public Range scale(double lowFactor, double highFactor) {
        return new Range(Money.round(low * lowFactor), Money.round(high * highFactor));
    }
}
