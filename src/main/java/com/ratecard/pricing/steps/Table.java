package com.ratecard.pricing.steps;

import java.util.List;

/**
 * A table the steps look figures up in (base by level, factors by market and level...): the
 * engine reads its values, the workbook writes them and names the range {@code name}.
 * {@code rows} and {@code columns} are the keys in order (ids); one column when {@code columns}
 * has one entry.
 */
public record Table(String name, String title, List<String> rows, List<String> columns, double[][] values,
                    List<String> notes) {
    public Table {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        notes = List.copyOf(notes);
        if (values.length != rows.size()) throw new IllegalArgumentException(name + ": " + values.length + " rows of values");
        for (double[] row : values) {
            if (row.length != columns.size()) throw new IllegalArgumentException(name + ": a row of " + row.length + " values");
        }
        values = values.clone();
    }

    public double value(int row, int column) {
        return values[row - 1][column - 1];
    }

    /** 1-based position of a row key, as MATCH gives it. */
    public int rowOf(String key) {
        int i = rows.indexOf(key);
        if (i < 0) throw new IllegalArgumentException(name + " has no row " + key);
        return i + 1;
    }
}
