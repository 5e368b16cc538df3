package com.ratecard.pricing;

import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.Opening;
import com.ratecard.data.Role;
import com.ratecard.data.Skill;
import com.ratecard.data.match.Interpretation;
import com.ratecard.pricing.steps.Inputs;
import com.ratecard.pricing.steps.Steps;
import com.ratecard.pricing.steps.Values;
import java.time.LocalDate;
import java.util.List;

/**
 * A priced opening: everything a document shows, priced once. {@code hiring} is the one
 * distribution the budget, the chart and the levers read; {@code market} is the aggregators'
 * evidence beside it. {@code budget} is null when the opening has none. {@code steps},
 * {@code inputs} and {@code values} are the pricing steps as evaluated, for the workbook's live
 * formulas. {@code understood} is how the opening's words were read (role, level, place, skills as typed).
 */
public record Quote(Opening opening, Role role, Level level, Location location, List<Skill> skills,
                    LocalDate dataAsOf, LocalDate effectiveDate, Market market, HiringMarket hiring,
                    List<Adjustment> adjustments, Range recommendedBase, TotalComp totalComp, ContractTerms contract,
                    Fees fees, BudgetAssessment budget, List<Benchmark> benchmarks, int timeToFillDays,
                    List<Explanation> explanation, Alternatives alternatives, Steps steps, Inputs inputs,
                    Values values, Interpretation understood) {
    public Quote {
        skills = List.copyOf(skills);
        adjustments = List.copyOf(adjustments);
        benchmarks = List.copyOf(benchmarks);
        explanation = List.copyOf(explanation);
    }

    public List<Skill> premiumSkills() {
        return PremiumOrder.of(skills);
    }

    public boolean hasBudget() {
        return budget != null;
    }

    /** The hiring market's percentiles (P10-P90 of the recommended base). */
    public Percentiles percentiles() {
        return hiring.percentiles();
    }
}
