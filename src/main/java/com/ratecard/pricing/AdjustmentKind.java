package com.ratecard.pricing;

/** The kinds of line between the guide's base and the recommended range. */
public enum AdjustmentKind {
    BASE, LOCATION, REMOTE, SKILL, COMBO, CLEARANCE, AGING;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
