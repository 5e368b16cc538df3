package com.ratecard.pricing;

import com.ratecard.data.MarketData;
import com.ratecard.data.Policy;
import com.ratecard.data.PolicyKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How each figure of a quote was reached and which data row or policy line it rests on (the agency's view). */
final class ExplanationTrail {
    private final MarketData data;

    ExplanationTrail(MarketData data) {
        this.data = data;
    }

    record Figures(Market market, LevelBase base, List<Adjustment> lines, HiringMarket hiring, TotalComp totalComp,
                   ContractTerms contract, Fees fees, BudgetAssessment budget, List<Benchmark> benchmarks) {}

    List<Explanation> trail(Figures f) {
        Policy policy = data.policy();
        List<Explanation> out = new ArrayList<>();
        for (SourceQuote s : f.market().sources()) {
            out.add(new Explanation(s.source() + " range", Money.range(s.low(), s.high()),
                    s.derived() ? "scaled from the anchor role (derived)" : "as printed in the guide", s.provenance().describe()));
        }
        out.add(new Explanation("Aggregators' blend", Money.range(f.market().blended()), f.market().method(),
                "sources.csv (weights)"));
        out.add(new Explanation("Confidence", f.market().confidence().label(),
                String.format(Locale.ROOT, "sources' midpoints vary by %.1f%% (coefficient of variation); high below %s%%, medium below %s%%%s",
                        f.market().disagreementPct(), Money.number(policy.number(PolicyKey.CONFIDENCE_HIGH_CV)),
                        Money.number(policy.number(PolicyKey.CONFIDENCE_MEDIUM_CV)),
                        f.market().derived() ? "; derived bands are always low" : ""),
                policy.get(PolicyKey.CONFIDENCE_HIGH_CV).provenance().describe()));
        for (Adjustment line : f.lines()) {
            out.add(new Explanation(line.label(), Money.range(line.after()), line.kind() == AdjustmentKind.BASE ? line.rate()
                    : "effect " + Money.signed(line.effectLow()) + " / " + Money.signed(line.effectHigh()) + " (" + line.rate() + ")",
                    line.provenance().describe()));
        }
        Percentiles p = f.hiring().percentiles();
        out.add(new Explanation("Hiring market for this opening", "P10 " + Money.dollars(p.p10()) + ", P25 "
                + Money.dollars(p.p25()) + ", P50 " + Money.dollars(p.p50()) + ", P75 " + Money.dollars(p.p75()) + ", P90 "
                + Money.dollars(p.p90()), "a normal curve with the recommended range as its middle "
                + Money.number(f.hiring().coveragePct()) + "%", policy.get(PolicyKey.RECOMMENDED_COVERAGE).provenance().describe()));
        out.add(new Explanation("Total compensation", Money.range(f.totalComp().range()),
                "base x (1 + " + Money.number(f.totalComp().upliftLowPct()) + "% .. " + Money.number(f.totalComp().upliftHighPct())
                        + "%)" + (f.totalComp().fromGuide() ? "" : ": agency policy, the guide gives no uplift below senior"),
                f.totalComp().provenance().describe()));
        ContractTerms c = f.contract();
        out.add(new Explanation("Contract bill rate", Money.hourly(c.billRate()), "base / " + c.hoursPerYear() + " h x (1 + "
                + Money.number(c.ratePremiumPct()) + "%)", policy.get(PolicyKey.CONTRACT_RATE_PREMIUM).provenance().describe()));
        out.add(new Explanation("Guide's contract band", Money.hourly(c.guideBand()), c.aboveGuideBand().isEmpty()
                ? "the bill rate is inside it" : "above it because: " + String.join("; ", c.aboveGuideBand()),
                data.guidance("contract-hourly").provenance().describe()));
        out.add(new Explanation("Contractor pay rate (internal)", Money.hourly(c.payRate()), "bill rate / (1 + "
                + Money.number(c.markupPct()) + "% markup); margin " + String.format(Locale.ROOT, "%.1f%%", c.marginPct()),
                policy.get(PolicyKey.MARKUP).provenance().describe()));
        Fees fees = f.fees();
        out.add(new Explanation("Direct-hire fee", Money.range(fees.directHireFee()), Money.number(fees.directHirePct())
                + "% of first-year base", policy.get(PolicyKey.DIRECT_HIRE_FEE).provenance().describe()));
        out.add(new Explanation("Contract-to-hire", Money.range(fees.conversionFee()) + " conversion fee after "
                + fees.contractMonths() + " months billing " + Money.range(fees.contractPeriodBilling()),
                Money.number(fees.conversionPct()) + "% of base; bill rate x " + c.hoursPerYear() + " h x "
                        + fees.contractMonths() + "/12", policy.get(PolicyKey.C2H_CONVERSION_FEE).provenance().describe() + "; "
                        + policy.get(PolicyKey.C2H_CONTRACT_MONTHS).provenance().describe()));
        out.add(new Explanation("Contract over " + fees.termMonths() + " months", Money.range(fees.contractTermCost()),
                "bill rate x " + c.hoursPerYear() + " h x " + fees.termMonths() + "/12",
                policy.get(PolicyKey.CONTRACT_TERM_MONTHS).provenance().describe()));
        BudgetAssessment b = f.budget();
        if (b != null) {
            out.add(new Explanation("Budget percentile", Money.ordinal(b.percentile()) + " (" + Money.number(b.percentileExact())
                    + ")", "the budget (" + b.unit().id() + ") on the hiring market's curve in the same unit",
                    policy.get(PolicyKey.RECOMMENDED_COVERAGE).provenance().describe()));
            out.add(new Explanation("Budget verdict", b.verdict().label(), "below the " + Money.ordinal(
                    (int) policy.number(PolicyKey.FLOOR_PERCENTILE)) + " percentile: below floor; below the recommended "
                    + "minimum: below market; below the midpoint: competitive; else strong",
                    policy.get(PolicyKey.FLOOR_PERCENTILE).provenance().describe()));
        }
        for (Benchmark bm : f.benchmarks()) {
            out.add(new Explanation(bm.label(), Money.range(bm.range()), bm.relation().id() + (bm.why().isEmpty() ? ""
                    : ": " + bm.why()), bm.provenance().describe()));
        }
        return out;
    }
}
