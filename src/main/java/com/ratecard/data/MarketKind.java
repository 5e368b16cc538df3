package com.ratecard.data;

import java.util.List;

/**
 * How a market prices against the guide's budget guidance, which the guide gives for "most US
 * markets outside the Bay Area and New York".
 */
public enum MarketKind {
    /** One of the markets the guidance describes (listed in the guide's location table): priced at it. */
    GUIDANCE("guidance"),
    /** A US market the guide does not list: priced at the guidance too, with a note. */
    UNLISTED("unlisted"),
    /** A metro the guidance excludes: a premium over the guidance markets. */
    PREMIUM("premium"),
    /** Fully remote: the guide's remote discount, held at its floor. */
    REMOTE("remote");

    private final String id;

    MarketKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static MarketKind parse(String text) {
        for (MarketKind k : values()) if (k.id.equals(text)) return k;
        return null;
    }

    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(MarketKind::id).toList();
    }
}
