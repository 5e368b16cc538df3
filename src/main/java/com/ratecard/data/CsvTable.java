package com.ratecard.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV data file read with its header checked; rows report bad fields into a shared
 * {@link Problems} list instead of throwing, so one load reports every mistake at once.
 */
final class CsvTable {
    private final String file;
    private final List<Row> rows;

    private CsvTable(String file, List<Row> rows) {
        this.file = file;
        this.rows = rows;
    }

    static CsvTable read(Path dir, String file, Problems problems, String... columns) {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add(file, 0, "file", "missing; expected " + path + " with columns " + String.join(",", columns));
            return new CsvTable(file, List.of());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setCommentMarker('#').get();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = Arrays.stream(columns).filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(file, 1, "header", "missing column " + String.join(", ", missing)
                        + "; expected columns " + String.join(",", columns));
                return new CsvTable(file, List.of());
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new Row(file, (int) parser.getCurrentLineNumber(), record, problems));
            }
            return new CsvTable(file, rows);
        } catch (IOException | RuntimeException e) {
            problems.add(file, 0, "file", "unreadable CSV (" + e.getMessage() + "); expected comma-separated values with a header row");
            return new CsvTable(file, List.of());
        }
    }

    List<Row> rows() {
        return rows;
    }

    String file() {
        return file;
    }

    /** One data row; getters validate and, on error, record it and return a harmless value. */
    static final class Row {
        private final String file;
        private final int line;
        private final CSVRecord record;
        private final Problems problems;

        Row(String file, int line, CSVRecord record, Problems problems) {
            this.file = file;
            this.line = line;
            this.record = record;
            this.problems = problems;
        }

        int line() {
            return line;
        }

        String file() {
            return file;
        }

        void problem(String field, String message) {
            problems.add(file, line, field, message);
        }

        Provenance provenance() {
            return new Provenance(file, line, text("cite"));
        }

        String raw(String column) {
            return record.isSet(column) ? record.get(column).strip() : "";
        }

        String text(String column) {
            String value = raw(column);
            if (value.isEmpty()) problem(column, "empty; expected a value");
            return value;
        }

        String optionalText(String column) {
            return raw(column);
        }

        List<String> list(String column) {
            String value = raw(column);
            if (value.isEmpty()) return List.of();
            return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        long wholeNumber(String column, String expected) {
            String value = raw(column);
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                problem(column, "\"" + value + "\" is not a whole number; expected " + expected);
                return 0;
            }
        }

        Integer optionalWholeNumber(String column, String expected) {
            return raw(column).isEmpty() ? null : (int) wholeNumber(column, expected);
        }

        double number(String column, String expected) {
            String value = raw(column);
            try {
                double parsed = Double.parseDouble(value);
                if (!Double.isFinite(parsed)) throw new NumberFormatException();
                return parsed;
            } catch (NumberFormatException e) {
                problem(column, "\"" + value + "\" is not a number; expected " + expected);
                return 0;
            }
        }

        boolean yesNo(String column) {
            String value = raw(column).toLowerCase(java.util.Locale.ROOT);
            if (value.equals("yes")) return true;
            if (!value.equals("no")) problem(column, "\"" + value + "\" is not yes or no; expected yes or no");
            return false;
        }

        /** Checks low <= high for a pair of columns already parsed. */
        void ordered(String lowColumn, double low, String highColumn, double high) {
            if (low > high) problem(lowColumn, fmt(low) + " is above " + highColumn + " " + fmt(high)
                    + "; expected " + lowColumn + " <= " + highColumn);
        }

        void atLeast(String column, double value, double min, String expected) {
            if (value < min) problem(column, fmt(value) + " is below " + fmt(min) + "; expected " + expected);
        }

        private static String fmt(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
    }
}
