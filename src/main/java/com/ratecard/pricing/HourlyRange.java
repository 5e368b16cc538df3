package com.ratecard.pricing;

/** An hourly dollar range in cents precision, low <= high. */
public record HourlyRange(double low, double high) {
    public HourlyRange {
        if (low > high) throw new IllegalArgumentException("hourly low " + low + " above high " + high);
    }
}
