package com.ratecard.data.match;

/**
 * One thing of an opening as the user typed it and what ratecard read it as: a title as a role, a
 * level, a place as a market, a skill as one of the guide's. {@code readAs} and {@code id} are null
 * for a skill the guide does not price; {@code note} is null when there is nothing to explain.
 */
public record Reading(Field field, String typed, String readAs, String id, String note) {
    /** What was read. */
    public enum Field {
        ROLE("title"), LEVEL("level"), LOCATION("location"), SKILL("skill");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        /** The word shown beside the reading: "title", "level", "location", "skill". */
        public String label() {
            return label;
        }
    }

    public Reading {
        if (field == null || typed == null) throw new IllegalArgumentException("field and typed are required");
    }

    /** False for a skill accepted as not priced by the guide. */
    public boolean priced() {
        return id != null;
    }

    /** True when it was read as exactly what was typed, with nothing to explain. */
    public boolean verbatim() {
        return priced() && note == null && (typed.equalsIgnoreCase(readAs) || typed.equalsIgnoreCase(id));
    }

    /** "title "Sr. ML Platform Engineer" read as MLOps Engineer (level Senior from ...)", for documents and lists. */
    public String sentence() {
        return field.label() + " \"" + typed + "\" " + (priced() ? "read as " + readAs : "not priced by the guide")
                + (note == null ? "" : " (" + note + ")");
    }
}
