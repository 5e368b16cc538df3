package com.ratecard.pricing;

import com.ratecard.data.Provenance;

/**
 * One line of the price build-up: its dollar effect on each end and the range after it;
 * {@code rate} is the rule in words ("+10% to +12.4%").
 */
public record Adjustment(AdjustmentKind kind, String label, String rate, long effectLow, long effectHigh, Range after,
                         Provenance provenance) {}
