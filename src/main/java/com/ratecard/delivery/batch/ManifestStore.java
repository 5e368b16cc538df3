package com.ratecard.delivery.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.ratecard.data.InputException;
import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.WrittenFile;
import com.ratecard.delivery.RunLock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The batch's state on disk, in the output folder:
 * <ul>
 * <li>{@code manifest.json}: written atomically at the end of a run; describes exactly the files on disk.</li>
 * <li>{@code .batch-journal.jsonl}: one line per opening, written as soon as its files are on disk, so a
 *     run killed at any moment (kill -9) loses nothing already done. The journal is fsynced at most
 *     every {@value #SYNC_MILLIS} ms (group commit, off the rendering threads), so after a power loss at
 *     most the openings of that last moment are redone; lines are never trusted blindly anyway.</li>
 * <li>{@code .batch-previous.json}: the last complete manifest, moved aside while a run is in progress
 *     (a manifest.json is only ever present when it is true).</li>
 * <li>{@code .batch-lock}: held while a run writes to the folder, so two runs never interleave.</li>
 * </ul>
 * What earlier runs did is only a cache: a row is skipped only when every file it lists is on disk
 * with the listed size and SHA-256, so stale or duplicate records are harmless.
 */
public final class ManifestStore implements AutoCloseable {
    public static final String MANIFEST = "manifest.json";
    public static final String JOURNAL = ".batch-journal.jsonl";
    public static final String PREVIOUS = ".batch-previous.json";
    public static final String LOCK = ".batch-lock";

    static final long SYNC_MILLIS = 200;
    static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final ObjectWriter PRETTY = JSON.writer().with(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectWriter LINE = JSON.writer();

    /** A journal line: the entry, and the input (absolute path) of the run that wrote it. */
    record JournalLine(String input, Manifest.Entry entry) {}

    /** Files an earlier run wrote for a row key or a client, and the input it was reading. */
    public record Known(List<WrittenFile> files, String input) {}

    /** What earlier runs left: delivered rows by key, clients by folder. */
    public record Previous(Map<String, Known> rows, Map<String, Manifest.Client> clients, Map<String, String> clientInputs) {
        static Previous empty() {
            return new Previous(new HashMap<>(), new HashMap<>(), new HashMap<>());
        }
    }

    private final Path out;
    private RunLock lock;
    private FileChannel journal;
    private java.util.concurrent.ScheduledExecutorService syncer;
    private volatile boolean dirty;

    public ManifestStore(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    public Path manifestPath() {
        return out.resolve(MANIFEST);
    }

    public Path journalPath() {
        return out.resolve(JOURNAL);
    }

    /** Takes the folder's lock; an {@link InputException} if another run holds it. */
    public void lock() throws IOException {
        Files.createDirectories(out);
        lock = RunLock.tryAcquire(out.resolve(LOCK));
        if (lock == null) {
            throw new InputException("out", "out: " + out + " is in use by another batch run; expected it to finish first,"
                    + " or a different --out");
        }
    }

    /** Deletes temporary files a killed run left behind (they never carry a final name). */
    public int cleanTemps() throws IOException {
        int deleted = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX) && Files.deleteIfExists(file)) deleted++;
            }
        }
        return deleted;
    }

    /** Everything earlier runs recorded: the last complete manifests, then the journal (later wins). */
    public Previous loadPrevious() {
        Previous previous = Previous.empty();
        readManifest(out.resolve(PREVIOUS), previous);
        readManifest(out.resolve(MANIFEST), previous);
        readJournal(previous);
        return previous;
    }

    private void readManifest(Path file, Previous previous) {
        if (!Files.isRegularFile(file)) return;
        List<Manifest.Entry> entries = new ArrayList<>();
        List<Manifest.Client> clients = new ArrayList<>();
        String input = null;
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("inputPath") && value == JsonToken.VALUE_STRING) {
                    input = parser.getText();
                } else if (field.equals("entries") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) entries.add(JSON.readValue(parser, Manifest.Entry.class));
                } else if (field.equals("clients") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) clients.add(JSON.readValue(parser, Manifest.Client.class));
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged or hand-edited manifest is only a lost cache: its rows are redone.
        }
        for (Manifest.Entry entry : entries) remember(previous, entry, input);
        for (Manifest.Client client : clients) {
            if (client.folder() == null) continue;
            previous.clients().put(client.folder(), client);
            previous.clientInputs().put(client.folder(), input);
        }
    }

    private void readJournal(Previous previous) {
        Path file = journalPath();
        if (!Files.isRegularFile(file)) return;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) continue;
                try {
                    JournalLine entry = JSON.readValue(line, JournalLine.class);
                    if (entry.entry() != null) remember(previous, entry.entry(), entry.input());
                } catch (IOException | RuntimeException e) {
                    // The last line of a run killed while writing it: that opening is simply redone.
                }
            }
        } catch (IOException e) {
            // Unreadable journal (e.g. not UTF-8 after damage): the rows it named are redone.
        }
    }

    private static void remember(Previous previous, Manifest.Entry entry, String input) {
        if (entry.key() == null) return;
        if (entry.delivered() && !entry.files().isEmpty()) previous.rows().put(entry.key(), new Known(entry.files(), input));
    }

    /**
     * Starts a run: the last manifest is moved aside (it would no longer be true once files are
     * rewritten) and the journal is opened for appending.
     */
    public void begin() throws IOException {
        Path manifest = out.resolve(MANIFEST);
        if (Files.isRegularFile(manifest)) move(manifest, out.resolve(PREVIOUS));
        journal = FileChannel.open(journalPath(), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        long size = journal.size();
        if (size > 0) {
            // A killed run may have left half a line: start ours on a line of its own.
            ByteBuffer last = ByteBuffer.allocate(1);
            try (FileChannel read = FileChannel.open(journalPath(), StandardOpenOption.READ)) {
                read.read(last, size - 1);
            }
            if (last.get(0) != '\n') journal.write(ByteBuffer.wrap(new byte[] {'\n'}));
        }
        syncer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "batch-journal-sync");
            thread.setDaemon(true);
            return thread;
        });
        syncer.scheduleWithFixedDelay(this::sync, SYNC_MILLIS, SYNC_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Flushes the journal to disk if lines were added since the last time. */
    private void sync() {
        FileChannel channel = journal;
        if (!dirty || channel == null) return;
        dirty = false;
        try {
            channel.force(false);
        } catch (IOException e) {
            dirty = true; // tried again next time; a lost sync only means redoing a few openings after a crash
        }
    }

    /**
     * Records a finished opening; its files must already be on disk. The line is in the operating
     * system when this returns (it survives the process being killed) and on disk within
     * {@value #SYNC_MILLIS} ms. Safe from any thread.
     */
    public void append(Manifest.Entry entry, String input) {
        try {
            byte[] line = (LINE.writeValueAsString(new JournalLine(input, entry)) + "\n").getBytes(StandardCharsets.UTF_8);
            synchronized (this) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) journal.write(buffer);
            }
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch journal " + journalPath() + ": " + e.getMessage(), e);
        }
    }

    /** Writes manifest.json atomically. */
    public AtomicFiles.Digest write(Manifest manifest) throws IOException {
        return AtomicFiles.write(manifestPath(), stream -> PRETTY.writeValue(stream, manifest));
    }

    /** Ends a complete run: the manifest is written, so the journal and the set-aside manifest go. */
    public void end() throws IOException {
        closeJournal();
        Files.deleteIfExists(journalPath());
        Files.deleteIfExists(out.resolve(PREVIOUS));
    }

    private void closeJournal() throws IOException {
        if (syncer != null) {
            // Not shutdownNow: interrupting a thread inside force() closes the channel under it
            // (ClosedByInterruptException), and the close below would then fail.
            syncer.shutdown();
            try {
                syncer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            syncer = null;
        }
        if (journal != null) {
            if (dirty) journal.force(false);
            journal.close();
            journal = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeJournal();
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    /** Reads a manifest.json whole (tests, tools). */
    public static Manifest read(Path manifest) throws IOException {
        return JSON.readValue(manifest.toFile(), Manifest.class);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
