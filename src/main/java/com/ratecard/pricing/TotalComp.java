package com.ratecard.pricing;

import com.ratecard.data.Provenance;

/** Base plus equity and bonus: the base range lifted by the level's uplift band. */
public record TotalComp(Range range, double upliftLowPct, double upliftHighPct, Provenance provenance) {}
