package com.ratecard.pricing;

/** Agency fees: a direct-hire fee, and contract-to-hire's contract period and conversion fee. */
public record Fees(Range directHireFee, double directHirePct, Range conversionFee, double conversionPct,
                   int contractMonths, Range contractPeriodBilling) {}
