package com.ratecard.data;

/** One problem found in a data or input file, located to the line and field. */
public record DataError(String file, int line, String field, String problem) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + problem;
    }
}
