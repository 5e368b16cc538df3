package com.ratecard.cli;

import java.util.Locale;

/** Compact figures for the listing commands. */
final class Listing {
    private Listing() {}

    static String range(long low, long high) {
        return String.format(Locale.ROOT, "$%,.0fK-$%,.0fK", low / 1000.0, high / 1000.0);
    }

    static String pct(double pct) {
        return (pct > 0 ? "+" : "") + (pct == Math.rint(pct) ? Long.toString((long) pct) : Double.toString(pct)) + "%";
    }
}
