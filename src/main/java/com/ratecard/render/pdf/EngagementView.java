package com.ratecard.render.pdf;

import com.ratecard.pricing.ContractTerms;
import com.ratecard.pricing.Fees;
import com.ratecard.pricing.Quote;

/**
 * The ways to engage and what each costs, as the quote priced them: the direct-hire fee, contract
 * pay and bill rates against the guide's band, contract-to-hire's contract period and conversion
 * fee, and the time to fill. {@code requestedId} is the engagement the opening asked for.
 */
public record EngagementView(String requestedId, String requested, String directHireFee, String directHirePct,
                             String payRate, String billRate, String payUplift, String markup, String margin,
                             int hoursPerYear, String guideBand, int contractMonths, String contractPeriodBilling,
                             String conversionFee, String conversionPct, int timeToFillDays) {

    static EngagementView of(Quote quote) {
        ContractTerms c = quote.contract();
        Fees f = quote.fees();
        return new EngagementView(quote.opening().engagement().id(), quote.opening().engagement().label(),
                Formats.range(f.directHireFee()), Formats.pct(f.directHirePct()), Formats.hourly(c.payRate()),
                Formats.hourly(c.billRate()), Formats.pct(c.ratePremiumPct()), Formats.pct(c.markupPct()),
                Formats.pct(c.marginPct()), c.hoursPerYear(), Formats.hourly(c.guideBand()), f.contractMonths(),
                Formats.range(f.contractPeriodBilling()), Formats.range(f.conversionFee()), Formats.pct(f.conversionPct()),
                quote.timeToFillDays());
    }
}
