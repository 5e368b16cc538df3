package com.ratecard.delivery;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An append-only file of JSON lines: the batch journal ({@code .batch-journal.jsonl}) and the send
 * ledger ({@code sent.jsonl}). A line is written whole with one write and reaches the disk either
 * at once ({@link Sync#EACH_LINE}: the ledger, which must be true before the next SMTP step) or
 * within {@value #GROUP_MILLIS} ms ({@link Sync#GROUPED}: the journal, off the rendering threads).
 * A process killed while writing leaves at most a cut last line (no line end): readers never see
 * it, and opening the file for appending cuts it off, so the next line stands alone.
 */
public final class JsonLines implements Closeable {
    /** When an appended line is forced to disk. */
    public enum Sync { EACH_LINE, GROUPED }

    static final long GROUP_MILLIS = 200;

    /** Receives each complete line, numbered from 1. */
    @FunctionalInterface
    public interface LineReader {
        void line(int number, String text) throws IOException;
    }

    private final Path file;
    private final Sync sync;
    private final FileChannel channel;
    private final long cut;
    private final ScheduledExecutorService syncer;
    private volatile boolean dirty;

    private JsonLines(Path file, Sync sync, FileChannel channel, long cut) {
        this.file = file;
        this.sync = sync;
        this.channel = channel;
        this.cut = cut;
        if (sync == Sync.GROUPED) {
            syncer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "jsonl-sync-" + file.getFileName());
                thread.setDaemon(true);
                return thread;
            });
            syncer.scheduleWithFixedDelay(this::force, GROUP_MILLIS, GROUP_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            syncer = null;
        }
    }

    /**
     * Reads every complete line of {@code file} (none when it is missing); a cut last line is left
     * out. Bytes that are not UTF-8 become U+FFFD, so such a line fails to parse rather than the file.
     */
    public static void read(Path file, LineReader reader) throws IOException {
        if (!Files.isRegularFile(file)) return;
        boolean endsCleanly = completeLength(file) == Files.size(file);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            // one line behind, so that the last one can be left out when it was cut
            String pending = null;
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                if (pending != null && !pending.isBlank()) reader.line(number, pending);
                pending = line;
                number++;
            }
            if (pending != null && endsCleanly && !pending.isBlank()) reader.line(number, pending);
        }
    }

    /** Opens {@code file} for appending (creating it and its folder), first cutting off a torn last line. */
    public static JsonLines open(Path file, Sync sync) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean created = !Files.exists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        long cut;
        try {
            long size = channel.size();
            long complete = size == 0 ? 0 : completeLength(channel);
            cut = size - complete;
            if (cut > 0) {
                channel.truncate(complete);
                channel.force(true);
            }
            channel.position(complete);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (created) AtomicFiles.syncDirectory(dir);
        return new JsonLines(file, sync, channel, cut);
    }

    public Path file() {
        return file;
    }

    /** Bytes of a torn last line cut off when the file was opened (0 when it ended cleanly). */
    public long repairedBytes() {
        return cut;
    }

    /** Appends one line (a JSON document without line breaks); durable as the {@link Sync} says. Safe from any thread. */
    public void append(String json) throws IOException {
        if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) throw new IllegalArgumentException("a JSON line holds a line break");
        ByteBuffer buffer = ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8));
        synchronized (this) {
            while (buffer.hasRemaining()) channel.write(buffer);
            if (sync == Sync.EACH_LINE) channel.force(false);
        }
        if (sync == Sync.GROUPED) dirty = true;
    }

    private void force() {
        if (!dirty) return;
        dirty = false;
        try {
            channel.force(false);
        } catch (IOException e) {
            dirty = true; // tried again next time
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (syncer != null) syncer.shutdownNow();
        try {
            if (channel.isOpen() && (dirty || sync == Sync.GROUPED)) channel.force(false);
        } finally {
            channel.close();
        }
    }

    /** The length of the file up to and including its last line end. */
    private static long completeLength(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            return completeLength(in);
        }
    }

    private static long completeLength(FileChannel in) throws IOException {
        long end = in.size();
        ByteBuffer block = ByteBuffer.allocate(8192);
        while (end > 0) {
            long start = Math.max(0, end - block.capacity());
            block.clear().limit((int) (end - start));
            while (block.hasRemaining() && in.read(block, start + block.position()) > 0) { /* fill */ }
            for (int i = (int) (end - start) - 1; i >= 0; i--) {
                if (block.get(i) == '\n') return start + i + 1;
            }
            end = start;
        }
        return 0;
    }
}
