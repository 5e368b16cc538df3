package com.ratecard.pricing;

/** The kinds of line between the base and the recommended range, in the order they apply. */
public enum AdjustmentKind {
    BASE, LOCATION, REGIONAL, REMOTE, SKILL, COMBO, CLEARANCE, FLOOR, AGING;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
