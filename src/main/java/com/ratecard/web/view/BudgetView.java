package com.ratecard.web.view;

/** The budget's reading: amount and minimum in its own unit, percentile, verdict (id for styling) and the gap. */
public record BudgetView(String amount, String unit, String percentile, String verdict, String verdictId, String meaning,
                         String minimum, String gap, boolean belowRange) {}
