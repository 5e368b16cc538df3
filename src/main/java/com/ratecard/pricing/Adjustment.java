package com.ratecard.pricing;

import com.ratecard.data.Provenance;

/**
 * One line of the price build-up: its dollar effect on each end and the range after it.
 * {@code factorLow}/{@code factorHigh} are set for percentage lines (1.0 otherwise), so a
 * spreadsheet can recompute the line; {@code rate} is the text of the rule ("+3% to +10%").
 */
public record Adjustment(AdjustmentKind kind, String label, String rate, long effectLow, long effectHigh,
                         double factorLow, double factorHigh, Range after, Provenance provenance) {}
