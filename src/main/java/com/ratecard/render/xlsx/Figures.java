package com.ratecard.render.xlsx;

import java.util.Locale;

/** Figures as words inside notes (cells that hold numbers use number formats instead). */
final class Figures {
    private Figures() {}

    static String money(double dollars) {
        return String.format(Locale.ROOT, "$%,.0f", dollars);
    }

    static String percent(double pct) {
        return pct == Math.rint(pct) ? String.format(Locale.ROOT, "%.0f%%", pct) : String.format(Locale.ROOT, "%.1f%%", pct);
    }
}
