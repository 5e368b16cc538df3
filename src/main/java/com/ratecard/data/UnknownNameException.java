package com.ratecard.data;

import java.util.List;

/** A role, level, location or skill that the data does not know, with the closest known names. */
public final class UnknownNameException extends InputException {
    private final String value;
    private final List<String> suggestions;

    public UnknownNameException(String field, String value, List<String> suggestions, List<String> known) {
        super(field, "unknown " + field + " \"" + value + "\""
                + (suggestions.isEmpty() ? "" : "; did you mean " + orList(suggestions) + "?")
                + (suggestions.isEmpty() ? "; known: " + String.join(", ", known) : ""));
        this.value = value;
        this.suggestions = List.copyOf(suggestions);
    }

    public String value() {
        return value;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
