package com.ratecard.render.pdf;

import com.ratecard.pricing.BudgetUnit;
import com.ratecard.pricing.Quote;

/** The client's budget as a pin on a chart of annual base ranges, when it is one. */
final class Budgets {
    private Budgets() {}

    static void marker(Quote quote, RangeChart.Builder chart) {
        if (quote.hasBudget() && quote.budget().unit() == BudgetUnit.BASE) {
            chart.marker("Client budget", Math.round(quote.budget().amount()), "budget");
        }
    }
}
