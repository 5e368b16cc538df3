package com.ratecard.render.pdf;

import com.ratecard.pricing.ContractTerms;
import com.ratecard.pricing.Fees;
import com.ratecard.pricing.Quote;
import java.util.List;

/**
 * The ways to engage in the client's terms: what each costs the client (the direct-hire fee; the
 * contract bill rate, a year of it and the quoted term; contract-to-hire's contract period and
 * conversion fee), the guide's contract band and why the bill rate passes it, and the time to
 * fill. Never the agency's economics: no pay rate, markup or margin. {@code requestedId} is the
 * engagement the opening asked for.
 */
public record EngagementView(String requestedId, String requested, String recommendedBase, String directHireFee,
                             String directHirePct, String billRate, String yearOfBilling, int hoursPerYear,
                             String guideBand, List<String> aboveGuideBand, int termMonths, String termCost,
                             int contractMonths, String contractPeriodBilling, String conversionFee, String conversionPct,
                             int timeToFillDays) {
    public EngagementView {
        aboveGuideBand = List.copyOf(aboveGuideBand);
    }

    static EngagementView of(Quote quote) {
        ContractTerms c = quote.contract();
        Fees f = quote.fees();
        return new EngagementView(quote.opening().engagement().id(), quote.opening().engagement().label(),
                Formats.range(quote.recommendedBase()), Formats.range(f.directHireFee()), Formats.pct(f.directHirePct()),
                Formats.hourly(c.billRate()), Formats.range(c.annualBilling()), c.hoursPerYear(), Formats.hourly(c.guideBand()),
                c.aboveGuideBand().stream().map(Formats::prose).map(EngagementView::lowerFirst).toList(), f.termMonths(),
                Formats.range(f.contractTermCost()), f.contractMonths(), Formats.range(f.contractPeriodBilling()),
                Formats.range(f.conversionFee()), Formats.pct(f.conversionPct()), quote.timeToFillDays());
    }

    /** "Security clearance" reads "security clearance" inside a sentence; "LLM ..." stays as it is. */
    static String lowerFirst(String text) {
        if (text.isEmpty() || (text.length() > 1 && Character.isUpperCase(text.charAt(1)))) return text;
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
