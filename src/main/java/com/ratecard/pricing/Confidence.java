package com.ratecard.pricing;

/** How much to trust the market range, from how far the sources disagree. */
public enum Confidence {
    HIGH("high"), MEDIUM("medium"), LOW("low");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
