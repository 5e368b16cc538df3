package com.ratecard.pricing;

import static com.ratecard.pricing.AdjustmentChain.money;

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
            out.add(new Explanation(s.source() + " range", range(s.low(), s.high()),
                    s.derived() ? "scaled from the anchor role (derived)" : "as printed in the guide",
                    s.provenance().describe()));
        }
        out.add(new Explanation("Blended market range", range(market.blended()), market.method(),
                "sources.csv (weights)"));
        out.add(new Explanation("Market percentiles", "P10 " + money(market.percentiles().p10()) + ", P50 "
                + money(market.percentiles().p50()) + ", P90 " + money(market.percentiles().p90()),
                "normal curve with the blend's ends at the percentiles leaving "
                        + AdjustmentChain.trim(policy.get("market-coverage").number()) + "% between them",
                policy.get("market-coverage").provenance().describe()));
        out.add(new Explanation("Confidence", market.confidence().label(),
                String.format(Locale.ROOT, "sources' midpoints vary by %.1f%% (coefficient of variation); high below %s%%, medium below %s%%%s",
                        market.disagreementPct(), AdjustmentChain.trim(policy.get("confidence-high-cv").number()),
                        AdjustmentChain.trim(policy.get("confidence-medium-cv").number()),
                        market.derived() ? "; derived bands are always low" : ""),
                policy.get("confidence-high-cv").provenance().describe()));
        for (Adjustment line : lines) {
            out.add(new Explanation(line.label(), range(line.after()), line.kind() == AdjustmentKind.BASE
                    ? line.rate() : "effect " + signed(line.effectLow()) + " / " + signed(line.effectHigh()) + " (" + line.rate() + ")",
                    line.provenance().describe()));
        }
        out.add(new Explanation("Market for this opening", range(marketForOpening),
                "blended market range through the same lines as the recommendation", "engine rule"));
        out.add(new Explanation("Total compensation", range(totalComp.range()),
                "base x (1 + " + AdjustmentChain.trim(totalComp.upliftLowPct()) + "% .. "
                        + AdjustmentChain.trim(totalComp.upliftHighPct()) + "%)", totalComp.provenance().describe()));
        out.add(new Explanation("Contract pay rate", hourly(contract.payRate()),
                "base / " + contract.hoursPerYear() + " h x (1 + " + AdjustmentChain.trim(contract.payUpliftPct()) + "%)",
                policy.get("hours-per-year").provenance().describe() + "; " + policy.get("contract-pay-uplift").provenance().describe()));
        out.add(new Explanation("Contract bill rate", hourly(contract.billRate()),
                "pay rate x (1 + " + AdjustmentChain.trim(contract.markupPct()) + "% markup); margin "
                        + String.format(Locale.ROOT, "%.1f%%", contract.marginPct()),
                policy.get("markup").provenance().describe()));
        out.add(new Explanation("Guide's contract band", hourly(contract.guideBand()), "for comparison",
                data.guidance("contract-hourly").provenance().describe()));
        out.add(new Explanation("Direct-hire fee", range(fees.directHireFee()),
                AdjustmentChain.trim(fees.directHirePct()) + "% of first-year base",
                policy.get("direct-hire-fee").provenance().describe()));
        out.add(new Explanation("Contract-to-hire", range(fees.conversionFee()) + " conversion fee after "
                + fees.contractMonths() + " months billing " + range(fees.contractPeriodBilling()),
                AdjustmentChain.trim(fees.conversionPct()) + "% of base; bill rate x " + contract.hoursPerYear()
                        + " h x " + fees.contractMonths() + "/12",
                policy.get("c2h-conversion-fee").provenance().describe() + "; "
                        + policy.get("c2h-contract-months").provenance().describe()));
        for (Benchmark b : benchmarks) {
            out.add(new Explanation(b.label(), range(b.range()), "guide statement, for comparison", b.provenance().describe()));
        }
        return out;
    }

    static String range(Range range) {
        return range(range.low(), range.high());
    }

    static String range(long low, long high) {
        return money(low) + " - " + money(high);
    }

    static String hourly(HourlyRange range) {
        return String.format(Locale.ROOT, "$%.2f - $%.2f/h", range.low(), range.high());
    }

    static String signed(long dollars) {
        return (dollars < 0 ? "\u2212" : "+") + money(Math.abs(dollars));
    }
}
