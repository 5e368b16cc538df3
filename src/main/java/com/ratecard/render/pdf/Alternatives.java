package com.ratecard.render.pdf;

import com.ratecard.data.Opening;
import com.ratecard.pricing.PricingEngine;
import com.ratecard.pricing.Quote;
import java.util.Comparator;
import java.util.List;

/**
 * The same opening priced elsewhere and as the adjacent roles, for the location and alternatives
 * sections. Level is pinned to the quote's and the budget dropped: only the ranges are compared,
 * and a budget would make every repricing also search for levers.
 */
final class Alternatives {
    private final PricingEngine engine;

    Alternatives(PricingEngine engine) {
        this.engine = engine;
    }

    /** Every market in the data, dearest first; the quote's own market is the quote itself. */
    List<Quote> byLocation(Quote quote) {
        return engine.data().locations().items().stream()
                .map(location -> location.equals(quote.location()) ? quote : reprice(quote, quote.opening().withLocation(location.id())))
                .sorted(Comparator.comparingLong((Quote q) -> q.recommendedBase().low()).reversed()
                        .thenComparing(q -> q.location().id()))
                .toList();
    }

    /** Every role the guide compares, in the data's order; the quote's own role is the quote itself. */
    List<Quote> byRole(Quote quote) {
        return engine.data().roles().items().stream()
                .map(role -> role.equals(quote.role()) ? quote : reprice(quote, quote.opening().withRole(role.id())))
                .toList();
    }

    private Quote reprice(Quote quote, Opening changed) {
        return engine.price(changed.withLevel(quote.level().id()).withBudget(null));
    }
}
