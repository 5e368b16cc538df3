package com.ratecard.data;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's opening as typed by an account manager: names are raw text, resolved by pricing.
 * Nullable: contactName, contactEmail, level (when years is given), years, budget, effectiveDate,
 * accountManager, accountManagerEmail, notes.
 */
public record Opening(String client, String contactName, String contactEmail, String role, String level, Double years,
                      String location, List<String> skills, boolean clearance, Engagement engagement, Long budget,
                      LocalDate effectiveDate, String accountManager, String accountManagerEmail, String notes) {
    public Opening {
        if (client == null || client.isBlank()) throw new IllegalArgumentException("client is required");
        if (role == null || role.isBlank()) throw new IllegalArgumentException("role is required");
        if (location == null || location.isBlank()) throw new IllegalArgumentException("location is required");
        if (level == null && years == null) throw new IllegalArgumentException("level or years is required");
        if (engagement == null) throw new IllegalArgumentException("engagement is required");
        skills = List.copyOf(skills);
    }

    public Opening withRole(String newRole) {
        return new Opening(client, contactName, contactEmail, newRole, level, years, location, skills, clearance,
                engagement, budget, effectiveDate, accountManager, accountManagerEmail, notes);
    }

    public Opening withLevel(String newLevel) {
        return new Opening(client, contactName, contactEmail, role, newLevel, null, location, skills, clearance,
                engagement, budget, effectiveDate, accountManager, accountManagerEmail, notes);
    }

    public Opening withLocation(String newLocation) {
        return new Opening(client, contactName, contactEmail, role, level, years, newLocation, skills, clearance,
                engagement, budget, effectiveDate, accountManager, accountManagerEmail, notes);
    }

    public Opening withSkills(List<String> newSkills) {
        return new Opening(client, contactName, contactEmail, role, level, years, location, newSkills, clearance,
                engagement, budget, effectiveDate, accountManager, accountManagerEmail, notes);
    }

    public Opening withClearance(boolean newClearance) {
        return new Opening(client, contactName, contactEmail, role, level, years, location, skills, newClearance,
                engagement, budget, effectiveDate, accountManager, accountManagerEmail, notes);
    }

    public Opening withEngagement(Engagement newEngagement) {
        return new Opening(client, contactName, contactEmail, role, level, years, location, skills, clearance,
                newEngagement, budget, effectiveDate, accountManager, accountManagerEmail, notes);
    }

    public Opening withBudget(Long newBudget) {
        return new Opening(client, contactName, contactEmail, role, level, years, location, skills, clearance,
                engagement, newBudget, effectiveDate, accountManager, accountManagerEmail, notes);
    }
}
