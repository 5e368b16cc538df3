package com.ratecard.web.view;

import java.util.List;

/**
 * A priced opening as the quote page shows it, every figure formatted: what it was priced as,
 * the recommended range and bar, the budget's verdict and levers (and the combination, or null),
 * contract and engagement figures, fees, and the pricing lines.
 */
public record QuoteView(List<LineView> pricedAs, String recommended, String totalComp, String confidence,
                        String effectiveDate, RangeBarView bar, BudgetView budget, List<LeverView> levers,
                        LeverView combination, List<LineView> engagement, List<LineView> fees, List<LineView> buildUp) {}
