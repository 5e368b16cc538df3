package com.ratecard.delivery.batch;

import com.ratecard.data.InputException;
import com.ratecard.data.Opening;
import com.ratecard.delivery.ClientIdentity;
import com.ratecard.delivery.DeliverableWriter;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.Status;
import com.ratecard.pricing.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One pass over the rows: prices and names each opening on the reading thread, in input order (so
 * duplicate file names get their -2, -3 suffixes deterministically), renders it on {@code jobs}
 * threads and writes it on a small writer pool, journalling each finished opening. Finished entries
 * go to the {@link EntrySpool} in input order (a reorder buffer as small as the window holds the
 * early ones), so memory does not grow with the input's length. Run once.
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
    private final EntrySpool spool;
    // Finished entries waiting for an earlier row to finish, and the index the spool takes next.
    private final Map<Integer, Manifest.Entry> pending = new HashMap<>();
    private int nextToSpool;
    // The reading thread's alone: names claimed so far, each client folder's identity, the next row's index.
    private final Set<String> names = new HashSet<>();
    private final Map<String, String> folders = new HashMap<>();
    private final Map<String, ClientIdentity> clients = new HashMap<>();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private int sequence;

    /** @param input the run's input, absolute and normalized, as the journal records it */
    OpeningsPass(BatchRunner.Settings settings, Progress progress, OutputFolder output, ReuseKeys keys, OpeningSource source,
                 ManifestStore store, ManifestStore.Previous previous, String input, EntrySpool spool) {
        this.settings = settings;
        this.progress = progress;
        this.output = output;
        this.keys = keys;
        this.source = source;
        this.store = store;
        this.previous = previous;
        this.input = input;
        this.spool = spool;
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
        if (entry.status() != Status.SKIPPED) store.append(entry, input);
        synchronized (pending) {
            pending.put(index, entry);
            for (Manifest.Entry next; (next = pending.remove(nextToSpool)) != null; nextToSpool++) spool.add(next);
        }
        progress.done(entry);
    }

    /** Builds, prices and names the opening (in input order); the job renders or verifies it. */
    private OpeningJob prepare(SourceRow row) {
        if (row.problem() != null) throw new InputException("row", row.problem());
        Opening opening = row.fields().build(settings.engine().data().policy());
        ClientIdentity client = identity(opening.client(), opening.clientId());
        Quote quote = settings.engine().price(opening);
        String base = claim(client.folder(), DeliverableWriter.baseName(quote));
        Manifest.OpeningInfo info = Manifest.OpeningInfo.of(opening);
        String key = keys.row(client.folder() + "/" + base, info);
        return new OpeningJob(settings, output, store, input, source.name() + ":" + row.row() + ": ", row.row(), key, client, base, info,
                Manifest.QuoteInfo.of(quote), quote, previous.files(key));
    }

    /**
     * The client's identity, as its first row in the run names it (rows with one client_id may
     * spell the name differently: they still share one folder); two identities that would share a
     * folder (a 50-bit hash collision) fail the later row.
     */
    private ClientIdentity identity(String name, String clientId) {
        ClientIdentity read = ClientIdentity.of(name, clientId);
        ClientIdentity client = clients.computeIfAbsent(read.id(), id -> read);
        String owner = folders.putIfAbsent(client.folder(), client.id());
        if (owner != null && !owner.equals(client.id())) {
            throw new InputException("client", "client: \"" + name + "\" would share the folder " + client.folder()
                    + " with another client; expected distinct names, or a client_id column to tell them apart");
        }
        return client;
    }

    /** The base name, or base-2, base-3... when an earlier row of the client already has it. */
    private String claim(String folder, String base) {
        String name = base;
        for (int n = 2; names.contains(folder + "/" + name); n++) name = base + "-" + n;
        names.add(folder + "/" + name);
        return name;
    }

    /** The entry of a row that could not be priced; its client is null when the row names none. */
    private Manifest.Entry failed(SourceRow row, String reason) {
        String name = row.raw().get("client");
        ClientIdentity read = name == null ? null : ClientIdentity.of(name, row.raw().get("client_id"));
        ClientIdentity client = read == null ? null : clients.getOrDefault(read.id(), read);
        return new Manifest.Entry(row.row(), Status.FAILED, reason, ReuseKeys.rawRow(row), client == null ? null : client.id(),
                client == null ? null : client.folder(), Manifest.OpeningInfo.raw(row.raw()), null, List.of(), 0);
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
