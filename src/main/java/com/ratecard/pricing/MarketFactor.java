package com.ratecard.pricing;

import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.Provenance;

/**
 * What a market does to a level's base: a factor on each end. {@code kind} is null where the
 * market prices at the guidance (factors 1).
 */
public record MarketFactor(Location location, Level level, double low, double high, AdjustmentKind kind, String label,
                           String rate, Provenance provenance) {
    public boolean moves() {
        return kind != null;
    }
}
