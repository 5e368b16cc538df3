package com.ratecard.pricing;

import com.ratecard.data.Provenance;

/** One source's range for the opening's role and level; {@code derived} when scaled from another role. */
public record SourceQuote(String source, long low, long high, double weight, boolean derived, Provenance provenance) {}
