package com.ratecard.data;

import java.util.List;

/**
 * Whether the opening needs a security clearance. Required and preferred are both priced (a
 * cleared candidate costs the add-on); only a preference may be dropped to close a budget gap.
 */
public enum Clearance {
    NO("no", "Not required"),
    PREFERRED("preferred", "Preferred"),
    REQUIRED("required", "Required");

    private final String id;
    private final String label;

    Clearance(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Priced: the candidate will hold a clearance. */
    public boolean priced() {
        return this != NO;
    }

    public static final List<String> IDS = List.of("required", "preferred", "no");

    /** yes/required (and the common clearance names) mean required; a bare flag is required too. */
    public static Clearance parse(String text) {
        String wanted = NameIndex.normalize(text);
        return switch (wanted) {
            case "yes", "y", "true", "1", "required", "require", "must", "must have", "secret", "top secret", "ts",
                 "ts/sci", "ts sci", "public trust", "active", "active clearance", "clearance required" -> REQUIRED;
            case "preferred", "prefer", "nice to have", "nice-to-have", "plus", "a plus", "desired", "optional" -> PREFERRED;
            case "no", "n", "false", "0", "none", "not required", "n/a", "na" -> NO;
            default -> throw new UnknownNameException("clearance", text, List.of(), IDS);
        };
    }
}
