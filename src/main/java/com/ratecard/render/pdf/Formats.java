package com.ratecard.render.pdf;

import com.ratecard.pricing.HourlyRange;
import com.ratecard.pricing.Range;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the proposal writes figures: the CLI's "$185,000" style, en dashes in ranges, a true minus
 * sign. Every figure is formatted here once, so the template only places text.
 */
final class Formats {
    static final String DASH = " \u2013 ";
    static final String MINUS = "\u2212";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private Formats() {}

    static String money(long dollars) {
        return (dollars < 0 ? MINUS : "") + "$" + grouped(Math.abs(dollars));
    }

    static String range(Range range) {
        return money(range.low()) + DASH + money(range.high());
    }

    static String range(long low, long high) {
        return money(low) + DASH + money(high);
    }

    /** "+$5,550": for changes, where the sign is the point. */
    static String signed(long dollars) {
        return (dollars < 0 ? MINUS : "+") + money(Math.abs(dollars));
    }

    static String hourly(double dollars) {
        long cents = Math.round(Math.abs(dollars) * 100);
        String fraction = Long.toString(100 + cents % 100).substring(1);
        return (dollars < 0 ? MINUS : "") + "$" + grouped(cents / 100) + "." + fraction;
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

    static String hourly(HourlyRange range) {
        return hourly(range.low()) + DASH + hourly(range.high()) + "/h";
    }

    /** "$150K": chart ticks, where width is short. */
    static String thousands(long dollars) {
        return dollars % 1000 == 0 ? String.format(Locale.US, "$%,dK", dollars / 1000)
                : String.format(Locale.US, "$%,.1fK", dollars / 1000.0);
    }

    /** A share already in percent: 45 -> "45%", 31.03 -> "31.0%". */
    static String pct(double pct) {
        return trim(pct) + "%";
    }

    /** A differential: "+3%", "\u221226%", "0%". */
    static String signedPct(double pct) {
        return (pct > 0 ? "+" : pct < 0 ? MINUS : "") + pct(Math.abs(pct));
    }

    static String signedPctRange(double low, double high) {
        return signedPct(low) + " to " + signedPct(high);
    }

    /** 1 -> "1st", 22 -> "22nd", 13 -> "13th". */
    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** A source's weight in the blend: "1", "0.75". */
    static String weight(double weight) {
        return weight == Math.rint(weight) ? Long.toString((long) weight) : String.format(Locale.US, "%.2f", weight);
    }

    /** The text cut at a word boundary to at most {@code max} characters, with an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        return text.substring(0, cut).stripTrailing() + "\u2026";
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** A position along a chart axis, in percent with a dot (CSS), e.g. "37.25". */
    static String position(double pct) {
        return String.format(Locale.US, "%.2f", Math.max(0, Math.min(100, pct)));
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.US, "%.1f", value);
    }
}
