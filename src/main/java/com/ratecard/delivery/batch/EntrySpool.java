package com.ratecard.delivery.batch;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.ManifestJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * This run's entries in input order, on disk (one JSON line each) instead of in memory, so that the
 * end of a run (manifest, summary, rate cards) reads them as often as it needs in a fixed amount
 * of memory, whatever the number of rows. A temporary file: a killed run's spool is cleaned up as
 * any other temporary file.
 */
final class EntrySpool implements AutoCloseable {
    private final Path file;
    private BufferedWriter writer;
    private int size;

    EntrySpool(Path dir) throws IOException {
        this.file = Files.createTempFile(dir, AtomicFiles.TEMP_PREFIX, "-entries.jsonl");
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Adds the next entry (callers hand them over in input order). */
    synchronized void add(Manifest.Entry entry) {
        try {
            writer.write(ManifestJson.line(entry));
            writer.write('\n');
            size++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    int size() {
        return size;
    }

    /** Ends writing; the entries can be read from then on. */
    void finish() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    /** The entries in order, read afresh on each iteration. */
    Iterable<Manifest.Entry> entries() {
        return () -> {
            BufferedReader reader;
            try {
                reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Iterator<>() {
                private String next = read();

                private String read() {
                    try {
                        String line = reader.readLine();
                        if (line == null) reader.close();
                        return line;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Manifest.Entry next() {
                    if (next == null) throw new NoSuchElementException();
                    try {
                        Manifest.Entry entry = ManifestJson.MAPPER.readValue(next, Manifest.Entry.class);
                        next = read();
                        return entry;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        };
    }

    @Override
    public void close() throws IOException {
        finish();
        Files.deleteIfExists(file);
    }
}
