package com.ratecard.data;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A client's opening as typed by an account manager: names are raw text, read by
 * {@code com.ratecard.data.match.OpeningMatcher}. Nullable: client (a quick price names none;
 * documents require one, see {@link OpeningFields#build}), clientId (the client's own id, when the
 * input has one: it then decides which rows are the same client), contactName, contactEmail, level
 * and years (a title such as "Senior MLOps Engineer" can say the level), workArrangement (not
 * stated), budget, effectiveDate (price as of today), accountManager, accountManagerEmail, notes.
 * {@code location} names the place as typed ("Remote" for a remote opening that names none).
 * {@code levelOverridesTitle} is set only by {@link #withLevel}: the engine repricing the opening at
 * another level; a level typed by a user that contradicts the title is an error instead.
 */
public record Opening(String client, String clientId, String contactName, String contactEmail, String role, String level, Double years,
                      String location, WorkArrangement workArrangement, List<String> skills, Clearance clearance,
                      Engagement engagement, Budget budget, LocalDate effectiveDate, String accountManager,
                      String accountManagerEmail, String notes, boolean levelOverridesTitle) {
    public Opening {
        if (client != null && client.isBlank()) throw new IllegalArgumentException("client is blank (null when none is named)");
        if (role == null || role.isBlank()) throw new IllegalArgumentException("role is required");
        if (location == null || location.isBlank()) throw new IllegalArgumentException("location is required (\"Remote\" when remote)");
        if (engagement == null) throw new IllegalArgumentException("engagement is required");
        if (clearance == null) throw new IllegalArgumentException("clearance is required (Clearance.NO for none)");
        skills = List.copyOf(skills);
    }

    /** Fully remote: priced with the guide's remote adjustment whatever place is named. */
    public boolean remote() {
        return workArrangement == WorkArrangement.REMOTE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.client = client; b.clientId = clientId; b.contactName = contactName; b.contactEmail = contactEmail; b.role = role; b.level = level;
        b.years = years; b.location = location; b.workArrangement = workArrangement; b.skills = skills;
        b.clearance = clearance; b.engagement = engagement; b.budget = budget; b.effectiveDate = effectiveDate;
        b.accountManager = accountManager; b.accountManagerEmail = accountManagerEmail; b.notes = notes;
        b.levelOverridesTitle = levelOverridesTitle;
        return b;
    }

    /** A copy with some fields changed: {@code opening.with(b -> b.level("mid"))}. */
    public Opening with(Consumer<Builder> change) {
        Builder b = toBuilder();
        change.accept(b);
        return b.build();
    }

    public Opening withRole(String newRole) {
        return with(b -> b.role(newRole));
    }

    /** The level, replacing any years of experience and any seniority word of the title. */
    public Opening withLevel(String newLevel) {
        return with(b -> b.level(newLevel).years(null).levelOverridesTitle(true));
    }

    /**
     * The opening in another place: remote when the place says so, and no longer remote when a
     * remote opening moves to a market (a remote arrangement would otherwise price it remote).
     */
    public Opening withLocation(String newLocation) {
        boolean remotePlace = OpeningFields.isRemoteName(newLocation);
        return with(b -> b.location(newLocation).workArrangement(remotePlace ? WorkArrangement.REMOTE
                : workArrangement == WorkArrangement.REMOTE ? null : workArrangement));
    }

    public Opening withSkills(List<String> newSkills) {
        return with(b -> b.skills(newSkills));
    }

    public Opening withClearance(Clearance newClearance) {
        return with(b -> b.clearance(newClearance));
    }

    public Opening withEngagement(Engagement newEngagement) {
        return with(b -> b.engagement(newEngagement));
    }

    public Opening withBudget(Budget newBudget) {
        return with(b -> b.budget(newBudget));
    }

    /** Mutable, for building and copying; {@link #build()} checks the record's rules. */
    public static final class Builder {
        private String client;
        private String clientId;
        private String contactName;
        private String contactEmail;
        private String role;
        private String level;
        private Double years;
        private String location;
        private WorkArrangement workArrangement;
        private List<String> skills = List.of();
        private Clearance clearance = Clearance.NO;
        private Engagement engagement = Engagement.DIRECT_HIRE;
        private Budget budget;
        private LocalDate effectiveDate;
        private String accountManager;
        private String accountManagerEmail;
        private String notes;
        private boolean levelOverridesTitle;

        private Builder() {}

        public Builder client(String v) { client = v; return this; }
        public Builder clientId(String v) { clientId = v; return this; }
        public Builder contactName(String v) { contactName = v; return this; }
        public Builder contactEmail(String v) { contactEmail = v; return this; }
        public Builder role(String v) { role = v; return this; }
        public Builder level(String v) { level = v; return this; }
        public Builder years(Double v) { years = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder workArrangement(WorkArrangement v) { workArrangement = v; return this; }
        public Builder skills(List<String> v) { skills = v; return this; }
        public Builder clearance(Clearance v) { clearance = v; return this; }
        public Builder engagement(Engagement v) { engagement = v; return this; }
        public Builder budget(Budget v) { budget = v; return this; }
        public Builder effectiveDate(LocalDate v) { effectiveDate = v; return this; }
        public Builder accountManager(String v) { accountManager = v; return this; }
        public Builder accountManagerEmail(String v) { accountManagerEmail = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder levelOverridesTitle(boolean v) { levelOverridesTitle = v; return this; }

        public Opening build() {
            return new Opening(client, clientId, contactName, contactEmail, role, level, years, location, workArrangement, skills,
                    clearance, engagement, budget, effectiveDate, accountManager, accountManagerEmail, notes, levelOverridesTitle);
        }
    }
}
