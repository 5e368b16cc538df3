package com.ratecard.pricing;

/**
 * What each engagement costs the client beyond salary: the direct-hire fee; contract-to-hire's
 * contract period billing and conversion fee; a contract's billing over its quoted term.
 */
public record Fees(Range directHireFee, double directHirePct, Range conversionFee, double conversionPct,
                   int contractMonths, Range contractPeriodBilling, int termMonths, Range contractTermCost) {}
