package com.ratecard.pricing;

/** What a client's budget buys, from worst to best. */
public enum Verdict {
    BELOW_FLOOR("below floor", "Below the market floor: most qualified candidates will not engage"),
    BELOW_MARKET("below market", "Below the recommended range: expect a long search and lost candidates"),
    COMPETITIVE("competitive", "Within the recommended range: competitive"),
    STRONG("strong", "In the upper half of the recommended range: strong");

    private final String label;
    private final String meaning;

    Verdict(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
