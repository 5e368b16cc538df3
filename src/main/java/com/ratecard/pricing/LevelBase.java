package com.ratecard.pricing;

import com.ratecard.data.Level;
import com.ratecard.data.Provenance;

/**
 * A level's starting point for a role in most US markets: the recommended base before any line,
 * how it was reached, the floor its hiring market's 10th percentile may not go below, and the
 * total-comp uplift (from the guide at senior and staff, else policy).
 */
public record LevelBase(Level level, Range base, String label, String rate, Provenance provenance, double roleFactor,
                        long floor, Provenance floorSource, double totalCompLow, double totalCompHigh,
                        boolean totalCompFromGuide, Provenance totalCompSource) {}
