package com.ratecard.render.xlsx;

import com.ratecard.data.Level;
import com.ratecard.pricing.PricingEngine;
import com.ratecard.pricing.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * The opening priced at every level, lowest first: the Market sheet's rows and the Calculator's
 * level lookup come from these, so switching the level there gives what the engine gives.
 */
record LevelQuotes(List<Quote> byRank) {
    LevelQuotes {
        byRank = List.copyOf(byRank);
    }

    static LevelQuotes of(PricingEngine engine, Quote quote) {
        List<Quote> out = new ArrayList<>();
        for (Level level : engine.data().levelsByRank()) {
            out.add(level.equals(quote.level()) ? quote
                    : engine.price(quote.opening().withLevel(level.id()).withBudget(null)));
        }
        return new LevelQuotes(out);
    }
}
