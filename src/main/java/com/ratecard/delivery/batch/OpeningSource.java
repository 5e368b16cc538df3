package com.ratecard.delivery.batch;

import com.ratecard.data.InputException;
import com.ratecard.data.OpeningFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A batch input: one opening per row, read lazily and handed to a consumer one at a time, so an
 * input of any length is never held in memory. Unreadable input (missing file, bad encoding,
 * malformed syntax, unknown column) is an {@link InputException}; a bad row is not: it comes out as
 * a {@link SourceRow} whose fields fail to build, or with a {@link SourceRow#problem()}.
 */
public interface OpeningSource {
    /** How errors name the input: its file name, e.g. "openings.csv". */
    String name();

    /** Reads the rows in input order; the consumer may block (back-pressure). */
    void forEach(Consumer<SourceRow> consumer);

    /** The number of rows, by reading the input once without building anything. Also validates its syntax. */
    default int count() {
        int[] count = {0};
        forEach(row -> count[0]++);
        return count[0];
    }

    /** The reader for a file, chosen by its extension: .csv, .xlsx, .yaml or .yml. */
    static OpeningSource open(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InputException("openings", name + ": no such file; expected a CSV, XLSX or YAML file of openings");
        }
        if (!Files.isReadable(file)) throw new InputException("openings", name + ": not readable; check its permissions");
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) return new CsvOpenings(file);
        if (lower.endsWith(".xlsx")) return new XlsxOpenings(file);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return new YamlOpenings(file);
        throw new InputException("openings", name + ": unknown input type; expected a .csv, .xlsx, .yaml or .yml file");
    }

    /** A column or key name as {@link OpeningFields} spells it: "Contact Name" -> "contact_name". */
    static String fieldName(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /**
     * Checks a header row: every column a known field, none twice. Blank trailing columns (as
     * spreadsheets save them) are allowed and ignored.
     * @return the field name for each column index, null for an ignored blank column
     */
    static List<String> header(String file, List<String> cells) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            String name = fieldName(cell);
            if (name.isEmpty()) {
                names.add(null);
                continue;
            }
            if (!OpeningFields.NAMES.contains(name)) {
                String hint = cell.contains(";") || cell.contains("\t") ? " (values separated by commas, not semicolons or tabs)" : "";
                throw new InputException("header", file + ":1: header: unknown column \"" + OpeningSource.abbreviate(cell) + "\"; expected "
                        + String.join(", ", OpeningFields.NAMES) + hint);
            }
            Integer before = seen.put(name, i);
            if (before != null) {
                throw new InputException("header", file + ":1: header: column \"" + name + "\" appears twice (columns "
                        + (before + 1) + " and " + (i + 1) + "); expected each column once");
            }
            names.add(name);
        }
        if (!seen.containsKey("client") || !seen.containsKey("role")) {
            throw new InputException("header", file + ":1: header: " + (seen.isEmpty() ? "no column names" : "no \""
                    + (seen.containsKey("client") ? "role" : "client") + "\" column") + "; expected a first row naming the columns: "
                    + String.join(", ", OpeningFields.NAMES));
        }
        return names;
    }

    /** A row from cells under a checked header; null when every cell is blank (a spacer row). */
    static SourceRow row(String file, int row, List<String> header, List<String> cells) {
        OpeningFields fields = new OpeningFields(file);
        Map<String, String> raw = new LinkedHashMap<>();
        String problem = null;
        boolean any = false;
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            if (text == null || text.isBlank()) continue;
            any = true;
            String name = i < header.size() ? header.get(i) : null;
            if (name == null) {
                if (problem == null) {
                    problem = file + ":" + row + ": row: a value in column " + (i + 1) + " (\"" + abbreviate(text)
                            + "\") has no column name; expected values only under the header's columns";
                }
                continue;
            }
            raw.put(name, text.strip());
            fields.set(name, text, row);
        }
        return any ? new SourceRow(row, fields, raw, problem) : null;
    }

    static String abbreviate(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 37) + "..." : one;
    }
}
