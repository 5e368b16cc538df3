package com.ratecard.pricing;

import java.util.List;

/**
 * The aggregators' view of the role at the level: each source, the weighted blend, percentiles
 * under the normal-curve assumption, and a confidence from the sources' disagreement
 * ({@code disagreementPct}: coefficient of variation of the sources' midpoints).
 */
public record Market(List<SourceQuote> sources, Range blended, Percentiles percentiles, double disagreementPct,
                     Confidence confidence, boolean derived, String method) {
    public Market {
        sources = List.copyOf(sources);
    }
}
