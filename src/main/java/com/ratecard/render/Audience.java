package com.ratecard.render;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Who a file is for. A client deliverable (proposal, client workbook, rate card) may be emailed to
 * the client; an internal file (the quote JSON, a deal sheet, the batch summary) never leaves the
 * agency, whatever its name or folder.
 */
public enum Audience {
    CLIENT("client"),
    INTERNAL("internal");

    private final String id;

    Audience(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The audience named {@code id}; null when it names none (a reader then treats the file as internal). */
    @JsonCreator
    public static Audience of(String id) {
        if (id == null) return null;
        for (Audience a : values()) if (a.id.equals(id.strip().toLowerCase(Locale.ROOT))) return a;
        return null;
    }
}
