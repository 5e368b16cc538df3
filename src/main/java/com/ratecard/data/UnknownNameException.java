package com.ratecard.data;

import java.util.List;

/**
 * A role, level, location or skill that the data cannot read as typed: the message says why and
 * what was expected; {@link #suggestions()} are the known names offered instead (none when nothing
 * known is close enough to offer).
 */
public final class UnknownNameException extends InputException {
    private final String value;
    private final List<String> suggestions;

    /** "unknown FIELD "VALUE"; did you mean ...?" or, with no suggestion, the known names. */
    public UnknownNameException(String field, String value, List<String> suggestions, List<String> known) {
        this(field, value, "unknown " + field + " \"" + value + "\""
                + (suggestions.isEmpty() ? "; known: " + String.join(", ", known) : "; did you mean " + orList(suggestions) + "?"),
                suggestions);
    }

    /** A message of its own (an ambiguous place, a title without a role), with the names it offers. */
    public UnknownNameException(String field, String value, String message, List<String> suggestions) {
        super(field, message);
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
