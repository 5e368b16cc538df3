package com.ratecard.pricing;

/**
 * What a client's budget buys, from worst to best, read from its percentile on the hiring market
 * for the opening: below the floor percentile, below the recommended range, in its lower half,
 * in its upper half or above.
 */
public enum Verdict {
    BELOW_FLOOR("below floor", "Below the market floor: most qualified candidates will not engage"),
    BELOW_MARKET("below market", "Below the recommended range: expect a long search and lost candidates"),
    COMPETITIVE("competitive", "In the lower half of the recommended range: competitive"),
    STRONG("strong", "In the upper half of the recommended range or above: strong");

    private final String label;
    private final String meaning;

    Verdict(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** 1 for the worst: the number the steps compute. */
    public int code() {
        return ordinal() + 1;
    }

    public static Verdict ofCode(double code) {
        return values()[(int) Math.round(code) - 1];
    }

    public boolean belowRange() {
        return this == BELOW_FLOOR || this == BELOW_MARKET;
    }
}
