package com.ratecard.data;

/** An agency setting that the guide does not give; marked as policy wherever it is shown. */
public record PolicyValue(PolicyKey key, String value, String unit, String description, Provenance provenance) {
    public double number() {
        return Double.parseDouble(value);
    }

    /** A percentage as a fraction: 45 -> 0.45. */
    public double fraction() {
        return number() / 100.0;
    }
}
