package com.ratecard.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How every document writes dates and percentiles: one date format per document, the long form
 * of the brand's locale ({@code locale} in brand.yaml, default en-US: "November 29, 2026"; en-GB:
 * "29 November 2026"), and percentiles as English ordinals ("23rd percentile"), the words of
 * every document being English. Immutable; one per brand is enough.
 */
public final class DocumentFormat {
    /** The default: US English. */
    public static final DocumentFormat US = new DocumentFormat(Locale.US);

    private final Locale locale;
    private final DateTimeFormatter date;

    private DocumentFormat(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    public static DocumentFormat of(Locale locale) {
        return locale == null || locale.equals(Locale.US) ? US : new DocumentFormat(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The date in the locale's long form. */
    public String date(LocalDate day) {
        return day.format(date);
    }

    /** 1 -> "1st", 22 -> "22nd", 13 -> "13th". */
    public static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /**
     * A market percentile in words: "23rd percentile". An estimate beyond the ends of the curve
     * reads as its first or last percentile ("1st percentile", never "0th" or "P0").
     */
    public static String percentile(int percentile) {
        return ordinal(Math.max(1, Math.min(99, percentile))) + " percentile";
    }
}
