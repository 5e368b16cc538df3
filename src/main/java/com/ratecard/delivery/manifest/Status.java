package com.ratecard.delivery.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a batch did with an input row. */
public enum Status {
    /** Written by this run. */
    OK("ok"),
    /** Unchanged since an earlier run, whose files are intact and kept. */
    SKIPPED("skipped"),
    /** Not priced or not written; the entry's reason says why. */
    FAILED("failed");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The row has its deliverables on disk. */
    public boolean delivered() {
        return this != FAILED;
    }

    @JsonCreator
    public static Status of(String id) {
        String lower = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (Status s : values()) if (s.id.equals(lower)) return s;
        throw new IllegalArgumentException("\"" + id + "\"; expected ok, skipped or failed");
    }
}
