package com.ratecard.pricing;

import com.ratecard.data.Provenance;

/**
 * Base plus equity and bonus: the base lifted by the level's uplift; {@code fromGuide} false
 * where the guide gives none and the uplift is agency policy.
 */
public record TotalComp(Range range, double upliftLowPct, double upliftHighPct, boolean fromGuide,
                        Provenance provenance) {}
