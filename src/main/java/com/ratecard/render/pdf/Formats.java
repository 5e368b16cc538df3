package com.ratecard.render.pdf;

import com.ratecard.pricing.HourlyRange;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Range;
import com.ratecard.render.DocumentFormat;
import com.ratecard.render.brand.Brand;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How the proposal writes figures: the CLI's "$185,000" style, en dashes in ranges, a true minus
 * sign. Every figure is formatted here once, so the template only places text.
 */
final class Formats {
    private Formats() {}

    static String money(long dollars) {
        return Money.dollars(dollars);
    }

    static String range(Range range) {
        return Money.range(range);
    }

    static String range(long low, long high) {
        return Money.range(low, high);
    }

    static String signed(long dollars) {
        return Money.signed(dollars);
    }

    static String hourly(double dollars) {
        return Money.hourly(dollars);
    }

    static String hourly(HourlyRange range) {
        return Money.hourly(range);
    }

    /** "$150K": chart ticks, where width is short. */
    static String thousands(long dollars) {
        return dollars % 1000 == 0 ? String.format(Locale.US, "$%,dK", dollars / 1000)
                : String.format(Locale.US, "$%,.1fK", dollars / 1000.0);
    }

    /** A share already in percent: 45 -> "45%", 31.03 -> "31.0%". */
    static String pct(double pct) {
        return Money.percent(pct);
    }

    /** A differential: "+3%", "\u221226%", "0%". */
    static String signedPct(double pct) {
        return Money.pct(pct);
    }

    static String signedPctRange(double low, double high) {
        return signedPct(low) + " to " + signedPct(high);
    }

    /** 1 -> "1st", 22 -> "22nd", 13 -> "13th". */
    static String ordinal(int n) {
        return DocumentFormat.ordinal(n);
    }

    /** A source's weight in the blend: "1", "0.75". */
    static String weight(double weight) {
        return weight == Math.rint(weight) ? Long.toString((long) weight) : String.format(Locale.US, "%.2f", weight);
    }

    /**
     * The text cut at a word boundary to at most {@code max} columns, with an ellipsis when cut. A
     * CJK or other full-width character takes two columns, as it prints about twice as wide.
     */
    static String shorten(String text, int max) {
        if (columns(text, text.length()) <= max) return text;
        int end = 0;
        while (end < text.length()) {
            int next = end + Character.charCount(text.codePointAt(end));
            if (columns(text, next) > max - 1) break;
            end = next;
        }
        int cut = text.lastIndexOf(' ', end);
        if (cut < end / 2) cut = end;
        return text.substring(0, cut).stripTrailing() + "\u2026";
    }

    /** The printed width of {@code text}'s first {@code end} chars, in columns. */
    private static int columns(String text, int end) {
        int columns = 0;
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            columns += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return columns;
    }

    /** East Asian wide and full-width characters: ideographs, kana, Hangul, full-width forms. */
    private static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF60;
    }

    /** The date in the brand's long form ({@link DocumentFormat}). */
    static String date(LocalDate date, Brand brand) {
        return DocumentFormat.of(brand.locale()).date(date);
    }

    /** A position along a chart axis, in percent with a dot (CSS), e.g. "37.25". */
    static String position(double pct) {
        return String.format(Locale.US, "%.2f", Math.max(0, Math.min(100, pct)));
    }
}
