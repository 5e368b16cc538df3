package com.ratecard.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Rounding used everywhere a figure is fixed (half up, matching Excel's ROUND so the workbook
 * agrees), and the one way figures are written as text ("$185,000", "+3%").
 */
public final class Money {
    private Money() {}

    public static long round(double dollars) {
        return BigDecimal.valueOf(dollars).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static double cents(double dollars) {
        return BigDecimal.valueOf(dollars).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** "$185,000". */
    public static String dollars(double dollars) {
        return String.format(Locale.ROOT, "$%,.0f", dollars);
    }

    /** "+$5,550" or "−$39,000". */
    public static String signed(long dollars) {
        return (dollars < 0 ? "\u2212" : "+") + dollars(Math.abs(dollars));
    }

    /** "$185,000 - $220,000". */
    public static String range(Range range) {
        return range(range.low(), range.high());
    }

    public static String range(long low, long high) {
        return dollars(low) + " - " + dollars(high);
    }

    /** "$86.54 - $100.96/h". */
    public static String hourly(HourlyRange range) {
        return String.format(Locale.ROOT, "$%.2f - $%.2f/h", range.low(), range.high());
    }

    /** A signed percentage: "+3%", "−26%", "0%". */
    public static String pct(double pct) {
        return (pct > 0 ? "+" : pct < 0 ? "\u2212" : "") + number(Math.abs(pct)) + "%";
    }

    /** A number without a needless ".0": 45 -> "45", 12.5 -> "12.5". */
    public static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
