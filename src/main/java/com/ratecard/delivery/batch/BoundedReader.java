package com.ratecard.delivery.batch;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Fails a record longer than a bound before a parser buffers it whole: a CSV row (line breaks
 * inside quotes belong to it; quotes are tracked by parity, which holds for RFC 4180's doubled
 * quotes) or, for YAML, a line (SnakeYAML slows down with the square of a line's length).
 */
final class BoundedReader extends FilterReader {
    /** The record that started on {@code line} is too long. */
    static final class TooLong extends IOException {
        private final long line;

        TooLong(long line) {
            super("line " + line + " is too long");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final int max;
    private final boolean csvQuotes;
    private boolean quoted;
    private long inRecord;
    private long line = 1;
    private long recordLine = 1;

    /** @param csvQuotes a line break inside double quotes continues the record (CSV); else every line is a record */
    BoundedReader(Reader in, int max, boolean csvQuotes) {
        super(in);
        this.max = max;
        this.csvQuotes = csvQuotes;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) see((char) c);
        return c;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        for (int i = 0; i < n; i++) see(buffer[off + i]);
        return n;
    }

    private void see(char c) throws TooLong {
        if (csvQuotes && c == '"') quoted = !quoted;
        if (c == '\n') {
            line++;
            if (!quoted) {
                inRecord = 0;
                recordLine = line;
                return;
            }
        }
        if (++inRecord > max) throw new TooLong(recordLine);
    }
}
