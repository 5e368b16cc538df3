package com.ratecard.data;

/** How the guide treats a skill: priced, expected, or a credential. */
public enum SkillKind {
    PREMIUM("premium"), TABLE_STAKES("table-stakes"), CERTIFICATION("certification");

    private final String label;

    SkillKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static SkillKind parse(String text) {
        for (SkillKind kind : values()) if (kind.label.equals(text)) return kind;
        return null;
    }
}
