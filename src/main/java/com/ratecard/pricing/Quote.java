package com.ratecard.pricing;

import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.Opening;
import com.ratecard.data.Role;
import com.ratecard.data.Skill;
import com.ratecard.data.match.Interpretation;
import java.time.LocalDate;
import java.util.List;

/**
 * A priced opening. {@code marketForOpening} is the aggregators' blend taken through the same
 * location, skill, clearance and aging lines as the recommendation; percentiles and the budget
 * verdict are read against it. {@code budget} is null when the opening has no budget.
 * {@code understood} is how the opening's words were read (role, level, place, skills as typed).
 */
public record Quote(Opening opening, Role role, Level level, Location location, List<Skill> skills,
                    LocalDate dataAsOf, LocalDate effectiveDate, Market market, Range marketForOpening,
                    Percentiles percentilesForOpening, List<Adjustment> adjustments, Range recommendedBase,
                    TotalComp totalComp, ContractTerms contract, Fees fees, BudgetAssessment budget,
                    List<Benchmark> benchmarks, int timeToFillDays, List<Explanation> explanation,
                    Interpretation understood) {
    public Quote {
        skills = List.copyOf(skills);
        adjustments = List.copyOf(adjustments);
        benchmarks = List.copyOf(benchmarks);
        explanation = List.copyOf(explanation);
    }

    public List<Skill> premiumSkills() {
        return skills.stream().filter(Skill::premium).toList();
    }

    public boolean hasBudget() {
        return budget != null;
    }
}
