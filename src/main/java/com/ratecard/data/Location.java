package com.ratecard.data;

import java.util.List;

/**
 * A market: the guide's average MLOps salary there, its differential against the national
 * average, and how it prices against the budget guidance ({@link MarketKind}).
 */
public record Location(String id, String name, long salaryLow, long salaryHigh, double diffLowPct, double diffHighPct,
                       MarketKind market, String note, List<String> aliases, Provenance provenance) {
    public boolean remote() {
        return market == MarketKind.REMOTE;
    }
}
