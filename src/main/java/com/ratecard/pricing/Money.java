package com.ratecard.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Rounding used everywhere a figure is fixed (half up, matching Excel's ROUND so the workbook
 * agrees), and the one way figures are written as text: "$185,000", en dashes in ranges
 * ("$185,000 – $220,000"), a true minus sign ("−$5,550", "−26%").
 */
public final class Money {
    public static final String DASH = " \u2013 ";
    public static final String MINUS = "\u2212";

    private Money() {}

    /** Excel rounds the value as it shows it: to 15 significant digits first, then half up. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    public static long round(double dollars) {
        return excel(dollars).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static double cents(double dollars) {
        return excel(dollars).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static BigDecimal excel(double value) {
        return new BigDecimal(value).round(EXCEL_DIGITS);
    }

    /** "$185,000". */
    public static String dollars(long dollars) {
        return (dollars < 0 ? MINUS : "") + "$" + grouped(Math.abs(dollars));
    }

    public static String dollars(double dollars) {
        return dollars(round(dollars));
    }

    /** "+$5,550" or "−$39,000": for changes, where the sign is the point. */
    public static String signed(long dollars) {
        return (dollars < 0 ? MINUS : "+") + dollars(Math.abs(dollars));
    }

    /** "$185,000 – $220,000". */
    public static String range(Range range) {
        return range(range.low(), range.high());
    }

    public static String range(long low, long high) {
        return dollars(low) + DASH + dollars(high);
    }

    /** "$86.54". */
    public static String hourly(double dollars) {
        long cents = Math.round(Math.abs(dollars) * 100);
        String fraction = Long.toString(100 + cents % 100).substring(1);
        return (dollars < 0 ? MINUS : "") + "$" + grouped(cents / 100) + "." + fraction;
    }

    /** "$86.54 – $100.96/h". */
    public static String hourly(HourlyRange range) {
        return hourly(range.low()) + DASH + hourly(range.high()) + "/h";
    }

    /** A figure in a budget's unit: "$165,000", "$110.00/h", "$229,000 a year". */
    public static String inUnit(double value, BudgetUnit unit) {
        return switch (unit) {
            case BASE -> dollars(round(value));
            case HOURLY -> hourly(value) + "/h";
            case CONTRACT_YEAR -> dollars(round(value)) + " a year";
        };
    }

    /** A change in a budget's unit: "+$5,000", "−$12.40/h". */
    public static String signedInUnit(double value, BudgetUnit unit) {
        String sign = value < 0 ? MINUS : "+";
        return sign + inUnit(Math.abs(value), unit);
    }

    /** A signed percentage: "+3%", "−26%", "0%". */
    public static String pct(double pct) {
        return (pct > 0 ? "+" : pct < 0 ? MINUS : "") + number(Math.abs(pct)) + "%";
    }

    /** An unsigned share already in percent: 45 -> "45%", 31.03 -> "31.0%". */
    public static String percent(double pct) {
        return number(pct) + "%";
    }

    /** 1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd". */
    public static String ordinal(int n) {
        int tens = Math.abs(n) % 100;
        int ones = Math.abs(n) % 10;
        String suffix = tens >= 11 && tens <= 13 ? "th" : ones == 1 ? "st" : ones == 2 ? "nd" : ones == 3 ? "rd" : "th";
        return n + suffix;
    }

    /** A number without a needless ".0": 45 -> "45", 12.5 -> "12.5". */
    public static String number(double value) {
        if (value == Math.rint(value)) return Long.toString((long) value);
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** 1234567 -> "1,234,567"; by hand, as String.format is a noticeable share of a render. */
    private static String grouped(long value) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) out.append(',');
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
