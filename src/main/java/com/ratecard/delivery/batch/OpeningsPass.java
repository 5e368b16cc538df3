package com.ratecard.delivery.batch;

import com.ratecard.data.InputException;
import com.ratecard.data.Opening;
import com.ratecard.delivery.DeliverableWriter;
import com.ratecard.pricing.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One pass over the rows: prices and names each opening on the reading thread, in input order (so
 * duplicate file names get their -2, -3 suffixes deterministically), renders it on {@code jobs}
 * threads and writes it on a small writer pool, journalling each finished opening. A bounded window
 * keeps memory independent of the input's length. Run once; {@link #entries()} is valid after.
 */
final class OpeningsPass {
    /** Threads that write rendered documents to disk (mostly waiting for fsync, so few and cheap). */
    private static final int WRITERS = 4;

    private final BatchRunner.Settings settings;
    private final Progress progress;
    private final OutputFolder output;
    private final ReuseKeys keys;
    private final OpeningSource source;
    private final ManifestStore store;
    private final ManifestStore.Previous previous;
    private final String input;
    // Filled from the worker threads, read in row order once they have stopped.
    private final ConcurrentSkipListMap<Integer, Manifest.Entry> entries = new ConcurrentSkipListMap<>();
    // The reading thread's alone: names claimed so far, and the next row's index.
    private final Map<String, Integer> names = new HashMap<>();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private int sequence;

    /** @param input the run's input, absolute and normalized, as the journal records it */
    OpeningsPass(BatchRunner.Settings settings, Progress progress, OutputFolder output, ReuseKeys keys, OpeningSource source,
                 ManifestStore store, ManifestStore.Previous previous, String input) {
        this.settings = settings;
        this.progress = progress;
        this.output = output;
        this.keys = keys;
        this.source = source;
        this.store = store;
        this.previous = previous;
        this.input = input;
    }

    /** Every row's entry, in input order. */
    List<Manifest.Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    void run() throws IOException {
        ExecutorService renderers = pool("batch-render-", settings.jobs());
        ExecutorService writers = pool("batch-write-", WRITERS);
        // Openings in flight (being rendered, or rendered and waiting for the disk): bounds memory.
        Semaphore window = new Semaphore(settings.jobs() * 2 + WRITERS);
        try {
            source.forEach(row -> {
                if (fatal.get() != null) throw new Stop();
                int index = sequence++;
                OpeningJob job;
                try {
                    job = prepare(row);
                } catch (RuntimeException e) {
                    finish(index, failed(row, reason(row, e)));
                    return;
                }
                window.acquireUninterruptibly();
                try {
                    renderers.execute(() -> guarded(window, () -> {
                        Object outcome = job.render();
                        if (outcome instanceof Manifest.Entry entry) {
                            finish(index, entry);
                            window.release();
                            return;
                        }
                        writers.execute(() -> guarded(window, () -> {
                            finish(index, job.write((OpeningJob.Rendered) outcome));
                            window.release();
                        }));
                    }));
                } catch (RuntimeException e) {
                    window.release();
                    throw e;
                }
            });
        } catch (Stop stop) {
            // a worker failed fatally: reported below
        } finally {
            await(renderers); // renderers hand work to the writers: they stop first
            await(writers);
        }
        Throwable failure = fatal.get();
        if (failure instanceof IOException io) throw io;
        if (failure instanceof UncheckedIOException io) throw io.getCause();
        if (failure instanceof RuntimeException runtime) throw runtime;
        if (failure instanceof Error error) throw error;
    }

    /** Runs a stage; an unexpected failure stops the run (and frees the opening's place in the window). */
    private void guarded(Semaphore window, Runnable stage) {
        try {
            stage.run();
        } catch (Throwable t) {
            fatal.compareAndSet(null, t);
            window.release();
        }
    }

    private static ExecutorService pool(String name, int threads) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, name + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void await(ExecutorService pool) {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // rendering can be slow; keep waiting
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void finish(int index, Manifest.Entry entry) {
        if (!Manifest.SKIPPED.equals(entry.status())) store.append(entry, input);
        entries.put(index, entry);
        progress.done(entry);
    }

    /** Builds, prices and names the opening (in input order); the job renders or verifies it. */
    private OpeningJob prepare(SourceRow row) {
        if (row.problem() != null) throw new InputException("row", row.problem());
        Opening opening = row.fields().build(settings.engine().data().policy());
        Quote quote = settings.engine().price(opening);
        String folder = DeliverableWriter.clientFolder(opening.client());
        String base = claim(folder, DeliverableWriter.baseName(quote));
        Manifest.OpeningInfo info = Manifest.OpeningInfo.of(opening);
        String key = keys.row(folder + "/" + base, info);
        ManifestStore.Known known = settings.force() ? null : previous.rows().get(key);
        return new OpeningJob(settings, output, source.name() + ":" + row.row() + ": ", row.row(), key, folder, base, info,
                Manifest.QuoteInfo.of(quote), quote, known == null ? null : known.files());
    }

    /** The base name, or base-2, base-3... when an earlier row of the client already has it. */
    private String claim(String folder, String base) {
        String name = base;
        for (int n = 2; names.containsKey(folder + "/" + name); n++) name = base + "-" + n;
        names.put(folder + "/" + name, 1);
        return name;
    }

    /** The entry of a row that could not be priced; its client folder is null when the row names no client. */
    private Manifest.Entry failed(SourceRow row, String reason) {
        return new Manifest.Entry(row.row(), Manifest.FAILED, reason, ReuseKeys.rawRow(row),
                row.raw().get("client") == null ? null : DeliverableWriter.clientFolder(row.raw().get("client")),
                Manifest.OpeningInfo.raw(row.raw()), null, List.of(), 0);
    }

    /** The reason as "file:row: field: problem", whether the fields or the engine found it. */
    private String reason(SourceRow row, RuntimeException e) {
        String at = source.name() + ":" + row.row() + ": ";
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof InputException input) {
            // A missing field has no line of its own: OpeningFields names only the file.
            if (message.startsWith(source.name() + ": ")) return at + message.substring(source.name().length() + 2);
            if (message.startsWith(source.name() + ":")) return message;
            return at + input.field() + ": " + message;
        }
        return at + "opening: " + e.getClass().getSimpleName() + ": " + message;
    }

    /** Thrown into the reader to stop it after a fatal failure. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
