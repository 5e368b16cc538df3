package com.ratecard.delivery.batch;

import com.ratecard.data.InputException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Openings from a UTF-8 CSV file (an Excel "CSV UTF-8" byte-order mark is fine) whose first row names
 * the columns. Row numbers are records as a spreadsheet shows them: the header is row 1, so the
 * first opening is row 2, and a quoted value spanning lines is still one row.
 */
public final class CsvOpenings extends FileOpenings {
    /** An opening's fields are short: a row this long is a damaged file (an unclosed quote) or an attack on memory. */
    static final int MAX_ROW_CHARS = 1_000_000;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    public CsvOpenings(Path file) {
        super(file);
    }

    @Override
    public void forEach(Consumer<SourceRow> consumer) {
        // A strict decoder: text that is not UTF-8 fails instead of turning names into "?".
        try (Reader reader = new BoundedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()), MAX_ROW_CHARS, true);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!next(records, parser)) throw new InputException("header", name + ":1: header: the file is empty; expected a "
                    + "first row naming the columns");
            List<String> header = OpeningSource.header(name, cells(records.next()));
            while (next(records, parser)) {
                CSVRecord record = records.next();
                SourceRow row = OpeningSource.row(name, (int) record.getRecordNumber(), header, cells(record));
                if (row != null) consumer.accept(row);
            }
        } catch (BoundedReader.TooLong e) {
            throw new InputException("openings", name + ":" + e.line() + ": csv: a row of more than " + MAX_ROW_CHARS
                    + " characters (an unclosed quote?); expected rows of an opening's fields");
        } catch (CharacterCodingException e) {
            throw new InputException("openings", name + ": not UTF-8 text; expected a CSV saved as UTF-8 (in Excel: "
                    + "\"CSV UTF-8\")");
        } catch (IOException e) {
            throw new InputException("openings", name + ": unreadable (" + e.getMessage() + ")");
        }
    }

    /** hasNext, turning commons-csv's unchecked parse errors into a located input error. */
    private boolean next(Iterator<CSVRecord> records, CSVParser parser) throws java.io.IOException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof CharacterCodingException coding) throw coding;
            if (cause instanceof BoundedReader.TooLong tooLong) throw tooLong;
            String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            throw new InputException("openings", name + ":" + parser.getCurrentLineNumber() + ": csv: "
                    + message.replaceAll("^\\(line \\d+\\) ", "") + "; expected comma-separated values, with \"double quotes\" "
                    + "around values that contain commas, quotes or line breaks");
        }
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) cells.add(value);
        return cells;
    }
}
