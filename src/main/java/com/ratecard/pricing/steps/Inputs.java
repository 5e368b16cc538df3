package com.ratecard.pricing.steps;

import com.ratecard.data.Budget;
import com.ratecard.data.Engagement;
import java.time.LocalDate;
import java.util.Set;

/** The values of the steps' inputs for one opening: what the Calculator shows as generated. */
public record Inputs(String level, String location, Set<String> skillsOn, boolean clearance, Engagement engagement,
                     Budget budget, LocalDate effectiveDate) {
    public Inputs {
        skillsOn = Set.copyOf(skillsOn);
    }

    public Inputs withLevel(String v) { return new Inputs(v, location, skillsOn, clearance, engagement, budget, effectiveDate); }
    public Inputs withLocation(String v) { return new Inputs(level, v, skillsOn, clearance, engagement, budget, effectiveDate); }
    public Inputs withSkills(Set<String> v) { return new Inputs(level, location, v, clearance, engagement, budget, effectiveDate); }
    public Inputs withClearance(boolean v) { return new Inputs(level, location, skillsOn, v, engagement, budget, effectiveDate); }
    public Inputs withEngagement(Engagement v) { return new Inputs(level, location, skillsOn, clearance, v, budget, effectiveDate); }
    public Inputs withBudget(Budget v) { return new Inputs(level, location, skillsOn, clearance, engagement, v, effectiveDate); }
}
