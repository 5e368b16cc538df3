package com.ratecard.render.pdf;

import com.ratecard.pricing.ContractTerms;
import com.ratecard.pricing.Fees;
import com.ratecard.pricing.Quote;
import java.util.List;

/**
 * The agency's side of the deal, for the deal sheet only: the bill rate the client pays, the
 * contractor's pay rate under it, the markup and margin, the contract premium over the
 * salary-equivalent rate, a year of billing, the guide's band and why the bill rate passes it,
 * and every fee. Never in a client's document.
 */
public record EconomicsView(String billRate, String payRate, String markup, String margin, String ratePremium,
                            int hoursPerYear, String yearOfBilling, String guideBand, List<String> aboveGuideBand,
                            String directHireFee, String directHirePct, int contractMonths, String contractPeriodBilling,
                            String conversionFee, String conversionPct, int termMonths, String termCost) {
    public EconomicsView {
        aboveGuideBand = List.copyOf(aboveGuideBand);
    }

    static EconomicsView of(Quote quote) {
        ContractTerms c = quote.contract();
        Fees f = quote.fees();
        return new EconomicsView(Formats.hourly(c.billRate()), Formats.hourly(c.payRate()), Formats.pct(c.markupPct()),
                Formats.pct(c.marginPct()), Formats.pct(c.ratePremiumPct()), c.hoursPerYear(), Formats.range(c.annualBilling()),
                Formats.hourly(c.guideBand()), c.aboveGuideBand().stream().map(Formats::prose).toList(),
                Formats.range(f.directHireFee()), Formats.pct(f.directHirePct()), f.contractMonths(),
                Formats.range(f.contractPeriodBilling()), Formats.range(f.conversionFee()), Formats.pct(f.conversionPct()),
                f.termMonths(), Formats.range(f.contractTermCost()));
    }
}
