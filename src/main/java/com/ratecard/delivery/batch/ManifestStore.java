package com.ratecard.delivery.batch;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.JsonLines;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.ManifestJson;
import com.ratecard.delivery.manifest.ManifestReader;
import com.ratecard.delivery.manifest.WrittenFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The batch's state on disk, in the output folder:
 * <ul>
 * <li>{@code manifest.json}: written at the end of a run; describes exactly the files on disk.</li>
 * <li>{@code .batch-journal.jsonl}: what this run is doing, as it does it: a "claim" line naming a
 *     row's files before they are written, then the row's entry once they are on disk. A run killed
 *     at any moment (kill -9) loses nothing already done and leaves no file the next run would take
 *     for somebody else's. Lines reach the disk within {@value JsonLines#GROUP_MILLIS} ms
 *     ({@link JsonLines}); they are never trusted blindly anyway.</li>
 * <li>{@code .batch-previous.json}: the last complete manifest, moved aside while a run is in
 *     progress (a manifest.json is only ever present when it is true).</li>
 * </ul>
 * What earlier runs did is a cache (a row is skipped only when its files are intact) and a record
 * of ownership: a file the batch may replace or prune is one an earlier run recorded, unchanged.
 */
public final class ManifestStore implements AutoCloseable {
    public static final String MANIFEST = ManifestReader.FILE_NAME;
    public static final String JOURNAL = ".batch-journal.jsonl";
    public static final String PREVIOUS = ".batch-previous.json";

    /** A journal line: a claim on paths about to be written, or an entry whose files are written. */
    record JournalLine(String input, List<String> claim, Manifest.Entry entry) {}

    /**
     * What earlier runs left. {@code rows}: per row key, the files by format; {@code clients}: per
     * client id; {@code owned}: every file ratecard recorded here, by path (the latest record);
     * {@code claimed}: paths a killed run was writing; {@code damaged}: what could not be read.
     */
    public record Previous(Map<String, Map<String, WrittenFile>> rows, Map<String, Manifest.Client> clients,
                           Map<String, WrittenFile> owned, Set<String> claimed, List<String> damaged) {
        static Previous empty() {
            return new Previous(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashSet<>(), new ArrayList<>());
        }

        /** The files an earlier run recorded for a row key, by format (empty when none). */
        Map<String, WrittenFile> files(String key) {
            return rows.getOrDefault(key, Map.of());
        }

        private void remember(Manifest.Entry entry) {
            if (entry.key() == null) return;
            entry.files().forEach(this::own);
            if (!entry.delivered() || entry.files().isEmpty()) return;
            Map<String, WrittenFile> byFormat = rows.computeIfAbsent(entry.key(), k -> new LinkedHashMap<>());
            for (WrittenFile f : entry.files()) byFormat.put(f.format(), f);
        }

        private void own(WrittenFile file) {
            if (file != null && file.path() != null && file.sha256() != null) owned.put(file.path(), file);
        }
    }

    private final Path out;
    private JsonLines journal;

    public ManifestStore(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    public Path manifestPath() {
        return out.resolve(MANIFEST);
    }

    public Path journalPath() {
        return out.resolve(JOURNAL);
    }

    /** Deletes temporary files a killed run left behind (they never carry a final name, and only ratecard names them so). */
    public int cleanTemps() throws IOException {
        int deleted = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (file.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX) && Files.deleteIfExists(file)) deleted++;
            }
        }
        return deleted;
    }

    /** Everything earlier runs recorded: the last complete manifests, then the journal (later wins). */
    public Previous loadPrevious() throws IOException {
        Previous previous = Previous.empty();
        readManifest(out.resolve(PREVIOUS), previous);
        readManifest(out.resolve(MANIFEST), previous);
        JsonLines.read(journalPath(), (number, text) -> {
            try {
                JournalLine line = ManifestJson.MAPPER.readValue(text, JournalLine.class);
                if (line.claim() != null) previous.claimed().addAll(line.claim());
                if (line.entry() != null) previous.remember(line.entry());
            } catch (IOException | RuntimeException e) {
                // a hand-edited or damaged line: that opening is simply redone
                previous.damaged().add(JOURNAL + ":" + number + " is damaged");
            }
        });
        return previous;
    }

    private static void readManifest(Path file, Previous previous) {
        ManifestReader.Scan scan = ManifestReader.scan(file, new ManifestReader.Visitor() {
            @Override
            public void entry(Manifest.Entry entry) {
                previous.remember(entry);
            }

            @Override
            public void client(Manifest.Client client) {
                if (client.clientId() != null) previous.clients().put(client.clientId(), client);
                client.files().forEach(previous::own);
            }

            @Override
            public void stale(WrittenFile file) {
                previous.own(file);
            }

            @Override
            public void summary(WrittenFile file) {
                previous.own(file);
            }
        });
        if (scan.problem() != null) previous.damaged().add(file.getFileName() + " is damaged (" + scan.problem() + ")");
    }

    /**
     * Starts a run: the last manifest is moved aside (it would no longer be true once files are
     * rewritten) and the journal is opened for appending.
     */
    public void begin() throws IOException {
        Path manifest = out.resolve(MANIFEST);
        if (Files.isRegularFile(manifest)) move(manifest, out.resolve(PREVIOUS));
        journal = JsonLines.open(journalPath(), JsonLines.Sync.GROUPED);
    }

    /** Records that these paths are about to be written (before the first byte reaches them). Safe from any thread. */
    public void claim(List<String> paths, String input) {
        append(new JournalLine(input, List.copyOf(paths), null));
    }

    /**
     * Records a finished opening; its files must already be on disk. The line is in the operating
     * system when this returns (it survives the process being killed) and on disk soon after.
     */
    public void append(Manifest.Entry entry, String input) {
        append(new JournalLine(input, null, entry));
    }

    private void append(JournalLine line) {
        try {
            journal.append(ManifestJson.line(line));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch journal " + journalPath() + ": " + e.getMessage(), e);
        }
    }

    /** Writes manifest.json atomically from the writer's output. */
    public AtomicFiles.Digest write(AtomicFiles.Content content) throws IOException {
        return AtomicFiles.write(manifestPath(), content);
    }

    /** Ends a complete run: the manifest is written, so the journal and the set-aside manifest go. */
    public void end() throws IOException {
        closeJournal();
        Files.deleteIfExists(journalPath());
        Files.deleteIfExists(out.resolve(PREVIOUS));
    }

    private void closeJournal() throws IOException {
        if (journal != null) {
            journal.close();
            journal = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeJournal();
    }

    /** Reads a manifest.json whole (tests, tools). */
    public static Manifest read(Path manifest) throws IOException {
        return ManifestReader.read(manifest);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
