package com.ratecard.data;

/** Where a figure came from: a data file's row and the part of the guide (or policy) it cites. */
public record Provenance(String file, int line, String cite) {
    public Provenance {
        if (file == null || cite == null) throw new IllegalArgumentException("file and cite are required");
    }

    /** "levels.csv:3 (Salary by Experience Level table, ...)". */
    public String describe() {
        return file + ":" + line + " (" + cite + ")";
    }
}
