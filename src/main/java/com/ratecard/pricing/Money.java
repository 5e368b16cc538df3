package com.ratecard.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding used everywhere a figure is fixed, matching Excel's ROUND so the workbook agrees. */
public final class Money {
    private Money() {}

    public static long round(double dollars) {
        return BigDecimal.valueOf(dollars).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static double cents(double dollars) {
        return BigDecimal.valueOf(dollars).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
