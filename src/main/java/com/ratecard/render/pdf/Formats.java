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
        // 100 * 0.3 is 30.000000000000004: drop the float's noise before deciding on a decimal.
        return Money.percent(Math.round(pct * 1e6) / 1e6);
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

    /** A level's years of experience: "5–8 years", "8+ years". */
    static String years(com.ratecard.data.Level level) {
        return level.maxYears() == null ? level.minYears() + "+ years" : level.minYears() + "\u2013" + level.maxYears() + " years";
    }

    /** The date in the default long form, for text where no brand is at hand. */
    static String date(LocalDate date) {
        return DocumentFormat.US.date(date);
    }

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /**
     * The engine's words for a document: its ISO dates ("aged to 2026-12-01") in the document's one
     * date format ("aged to December 1, 2026").
     */
    static String prose(String text) {
        if (text == null || text.indexOf('-') < 0) return text;
        return ISO_DATE.matcher(text).replaceAll(m -> {
            try {
                return date(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException e) {
                return m.group();
            }
        });
    }

    /** A position along a chart axis, in percent with a dot (CSS), e.g. "37.25". */
    static String position(double pct) {
        return String.format(Locale.US, "%.2f", Math.max(0, Math.min(100, pct)));
    }
}
