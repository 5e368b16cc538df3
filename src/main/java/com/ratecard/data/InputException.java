package com.ratecard.data;

import java.util.List;

/** A user's input (an opening, an option) is wrong: the message says where and what was expected. */
public class InputException extends RuntimeException {
    private final String field;

    public InputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static InputException at(String file, int line, String field, String problem) {
        return new InputException(field, file + ":" + line + ": " + field + ": " + problem);
    }

    /** Formats "a", "a or b", "a, b or c" for did-you-mean messages. */
    public static String orList(List<String> names) {
        if (names.isEmpty()) return "";
        if (names.size() == 1) return "\"" + names.get(0) + "\"";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) out.append(i == names.size() - 1 ? " or " : ", ");
            out.append('"').append(names.get(i)).append('"');
        }
        return out.toString();
    }
}
