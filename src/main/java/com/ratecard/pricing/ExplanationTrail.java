package com.ratecard.pricing;

import com.ratecard.data.MarketData;
import com.ratecard.data.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes down how each figure of a quote was reached and which data row or policy line it rests on. */
final class ExplanationTrail {
    private final MarketData data;

    ExplanationTrail(MarketData data) {
        this.data = data;
    }

    List<Explanation> trail(Market market, List<Adjustment> lines, Range marketForOpening, TotalComp totalComp,
                            ContractTerms contract, Fees fees, List<Benchmark> benchmarks) {
        Policy policy = data.policy();
        List<Explanation> out = new ArrayList<>();
        for (SourceQuote s : market.sources()) {
            out.add(new Explanation(s.source() + " range", Money.range(s.low(), s.high()),
                    s.derived() ? "scaled from the anchor role (derived)" : "as printed in the guide",
                    s.provenance().describe()));
        }
        out.add(new Explanation("Blended market range", Money.range(market.blended()), market.method(),
                "sources.csv (weights)"));
        out.add(new Explanation("Market percentiles", "P10 " + Money.dollars(market.percentiles().p10()) + ", P50 "
                + Money.dollars(market.percentiles().p50()) + ", P90 " + Money.dollars(market.percentiles().p90()),
                "normal curve with the blend's ends at the percentiles leaving "
                        + Money.number(policy.get("market-coverage").number()) + "% between them",
                policy.get("market-coverage").provenance().describe()));
        out.add(new Explanation("Confidence", market.confidence().label(),
                String.format(Locale.ROOT, "sources' midpoints vary by %.1f%% (coefficient of variation); high below %s%%, medium below %s%%%s",
                        market.disagreementPct(), Money.number(policy.get("confidence-high-cv").number()),
                        Money.number(policy.get("confidence-medium-cv").number()),
                        market.derived() ? "; derived bands are always low" : ""),
                policy.get("confidence-high-cv").provenance().describe()));
        for (Adjustment line : lines) {
            out.add(new Explanation(line.label(), Money.range(line.after()), line.kind() == AdjustmentKind.BASE
                    ? line.rate() : "effect " + Money.signed(line.effectLow()) + " / " + Money.signed(line.effectHigh()) + " (" + line.rate() + ")",
                    line.provenance().describe()));
        }
        out.add(new Explanation("Market for this opening", Money.range(marketForOpening),
                "blended market range through the same lines as the recommendation", "engine rule"));
        out.add(new Explanation("Total compensation", Money.range(totalComp.range()),
                "base x (1 + " + Money.number(totalComp.upliftLowPct()) + "% .. "
                        + Money.number(totalComp.upliftHighPct()) + "%)", totalComp.provenance().describe()));
        out.add(new Explanation("Contract pay rate", Money.hourly(contract.payRate()),
                "base / " + contract.hoursPerYear() + " h x (1 + " + Money.number(contract.payUpliftPct()) + "%)",
                policy.get("hours-per-year").provenance().describe() + "; " + policy.get("contract-pay-uplift").provenance().describe()));
        out.add(new Explanation("Contract bill rate", Money.hourly(contract.billRate()),
                "pay rate x (1 + " + Money.number(contract.markupPct()) + "% markup); margin "
                        + String.format(Locale.ROOT, "%.1f%%", contract.marginPct()),
                policy.get("markup").provenance().describe()));
        out.add(new Explanation("Guide's contract band", Money.hourly(contract.guideBand()), "for comparison",
                data.guidance("contract-hourly").provenance().describe()));
        out.add(new Explanation("Direct-hire fee", Money.range(fees.directHireFee()),
                Money.number(fees.directHirePct()) + "% of first-year base",
                policy.get("direct-hire-fee").provenance().describe()));
        out.add(new Explanation("Contract-to-hire", Money.range(fees.conversionFee()) + " conversion fee after "
                + fees.contractMonths() + " months billing " + Money.range(fees.contractPeriodBilling()),
                Money.number(fees.conversionPct()) + "% of base; bill rate x " + contract.hoursPerYear()
                        + " h x " + fees.contractMonths() + "/12",
                policy.get("c2h-conversion-fee").provenance().describe() + "; "
                        + policy.get("c2h-contract-months").provenance().describe()));
        for (Benchmark b : benchmarks) {
            out.add(new Explanation(b.label(), Money.range(b.range()), "guide statement, for comparison", b.provenance().describe()));
        }
        return out;
    }
}
