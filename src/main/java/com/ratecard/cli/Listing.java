package com.ratecard.cli;

import java.util.Locale;

/** Compact ranges for the listing commands: "$130K–$165K". */
final class Listing {
    private Listing() {}

    static String range(long low, long high) {
        return String.format(Locale.ROOT, "$%,.0fK\u2013$%,.0fK", low / 1000.0, high / 1000.0);
    }
}
