package com.ratecard.pricing;

import java.util.List;

/**
 * Contract rates. The bill rate is what the client pays an hour: the salary-equivalent rate
 * (base / hours) plus the contract premium, so that the guide's mid and senior budgets bill inside
 * its contract band ({@code guideBand}). The pay rate, markup and margin are the agency's alone.
 * {@code aboveGuideBand} lists why the bill rate goes past the band, when it does.
 */
public record ContractTerms(HourlyRange billRate, HourlyRange payRate, double ratePremiumPct, double markupPct,
                            double marginPct, int hoursPerYear, Range annualBilling, HourlyRange guideBand,
                            List<String> aboveGuideBand) {
    public ContractTerms {
        aboveGuideBand = List.copyOf(aboveGuideBand);
    }
}
