package com.ratecard.pricing;

import java.util.List;

/**
 * The aggregators' view of the role at the level: each source and their weighted blend, with a
 * confidence from how far they disagree ({@code disagreementPct}: coefficient of variation of
 * the sources' midpoints). Evidence shown beside the hiring market, which it reads below.
 */
public record Market(List<SourceQuote> sources, Range blended, double disagreementPct, Confidence confidence,
                     boolean derived, String method) {
    public Market {
        sources = List.copyOf(sources);
    }
}
