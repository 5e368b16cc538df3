package com.ratecard.delivery.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.ratecard.data.InputException;
import com.ratecard.data.Opening;
import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.DeliverableWriter;
import com.ratecard.delivery.SafeNames;
import com.ratecard.delivery.WrittenFile;
import com.ratecard.pricing.PricingEngine;
import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import com.ratecard.render.brand.Brand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a batch: reads the input row by row, prices each opening in input order (so duplicate file
 * names get their -2, -3 suffixes deterministically), renders its documents on {@code jobs} threads,
 * writes them atomically on a small writer pool (so rendering never waits for fsync), records each
 * finished opening in the journal, then writes the per-client rate cards and zips, the summary
 * workbook and the manifest. A bounded window (about {@code 2 x jobs} openings in flight) keeps
 * memory independent of the input's length: only the manifest entries (about 1 KB per row) stay.
 *
 * <p>A row is skipped when an earlier run recorded the same key (its normalized fields, output
 * name and the run's {@link Fingerprint}) and every file it lists is intact (size and SHA-256).
 */
public final class BatchRunner {
    /**
     * @param fingerprint the run's {@link Fingerprint} (data, templates, brand, formats, renderers)
     * @param issued      the issue date printed on newly written documents
     */
    public record Settings(Path out, PricingEngine engine, Brand brand, List<Renderer> renderers, String fingerprint,
                           int jobs, boolean force, boolean zip, LocalDate issued) {
        public Settings {
            if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
            renderers = List.copyOf(renderers);
        }

        public List<String> formats() {
            return renderers.stream().map(Renderer::format).toList();
        }
    }

    /** What a run did: the manifest it wrote, and stale files of earlier runs it removed. */
    public record Result(Manifest manifest, Path manifestPath, int removedStale, int removedTemps, Map<String, Long> phaseMillis) {
        public Manifest.Totals totals() {
            return manifest.totals();
        }

        public List<String> failures() {
            return manifest.entries().stream().filter(e -> Manifest.FAILED.equals(e.status())).map(Manifest.Entry::reason).toList();
        }

        /** Every file listed: openings', clients', the summary. */
        public int fileCount() {
            return manifest.allFiles().size();
        }
    }

    private static final String RATE_CARD = "rate-card.pdf";
    /** Threads that write rendered documents to disk (mostly waiting for fsync, so few and cheap). */
    private static final int WRITERS = 4;

    private final Settings settings;
    private final Progress progress;
    private final Path out;

    public BatchRunner(Settings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
        this.out = settings.out().toAbsolutePath().normalize();
    }

    /**
     * Runs the batch over a source. {@code inputLabel} is how the manifest names the input (as the
     * user typed it); {@code inputPath} identifies it across runs.
     * @throws InputException when the input is unreadable (nothing is written then) or the output folder is busy
     */
    public Result run(OpeningSource source, String inputLabel, Path inputPath) throws IOException {
        long started = System.nanoTime();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("out", "out: " + out + " is a file; expected a folder (it is created if missing)");
        }
        String input = inputPath.toAbsolutePath().normalize().toString();
        Phases phases = new Phases();
        int rows = source.count(); // reads the input once: unreadable input fails here, before anything is written
        if (rows == 0) {
            throw new InputException("openings", source.name() + ": no openings; expected at least one row below the header");
        }
        try (ManifestStore store = new ManifestStore(out)) {
            store.lock();
            int temps = store.cleanTemps();
            ManifestStore.Previous previous = store.loadPrevious();
            store.begin();
            phases.end("read");
            progress.start(rows);
            Pass pass = new Pass(source, store, previous, input);
            pass.run();
            List<Manifest.Entry> entries = new ArrayList<>(pass.entries.values());
            phases.end("openings");

            progress.phase("writing rate cards" + (settings.zip() ? " and zips" : "") + ", summary and manifest");
            List<RateCard> cards = RateCard.of(entries);
            List<Manifest.Client> clients = new ArrayList<>();
            RateCardPdf pdf = new RateCardPdf(settings.brand(), settings.issued());
            for (RateCard card : cards) clients.add(client(card, entries, previous, pdf));
            phases.end(settings.zip() ? "rate cards and zips" : "rate cards");

            Manifest.Totals partial = totals(entries, clients, null, started);
            String generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            Map<String, String> cardPaths = new HashMap<>();
            for (Manifest.Client c : clients) {
                c.files().stream().filter(f -> f.path().endsWith("/" + RATE_CARD)).forEach(f -> cardPaths.put(c.folder(), f.path()));
            }
            SummaryWorkbook.Run run = new SummaryWorkbook.Run(inputLabel, settings.brand().id(), generatedAt, partial);
            AtomicFiles.Digest summaryDigest = AtomicFiles.write(out.resolve("summary.xlsx"), stream ->
                    SummaryWorkbook.write(settings.brand(), settings.formats(), entries, cards, cardPaths, run, stream));
            WrittenFile summary = new WrittenFile("summary.xlsx", "xlsx", summaryDigest.size(), summaryDigest.sha256());
            phases.end("summary");

            Manifest manifest = new Manifest(Manifest.VERSION, generatedAt, inputLabel, input, settings.brand().id(),
                    settings.formats(), settings.fingerprint(), entries, clients, summary, totals(entries, clients, summary, started));
            store.write(manifest);
            int stale = removeStale(previous, manifest, input);
            store.end();
            phases.end("manifest");
            return new Result(manifest, store.manifestPath(), stale, temps, phases.millis);
        } finally {
            progress.close();
        }
    }

    /** Wall time of each phase of a run, in order. */
    private static final class Phases {
        private final Map<String, Long> millis = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void end(String phase) {
            long now = System.nanoTime();
            millis.put(phase, (now - last) / 1_000_000);
            last = now;
        }
    }

    /** One pass over the rows. */
    private final class Pass {
        private final OpeningSource source;
        private final ManifestStore store;
        private final ManifestStore.Previous previous;
        private final String input;
        private final ConcurrentSkipListMap<Integer, Manifest.Entry> entries = new ConcurrentSkipListMap<>();
        private final Map<String, Integer> names = new HashMap<>();
        private final AtomicReference<Throwable> fatal = new AtomicReference<>();
        private int sequence;

        Pass(OpeningSource source, ManifestStore store, ManifestStore.Previous previous, String input) {
            this.source = source;
            this.store = store;
            this.previous = previous;
            this.input = input;
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
                    Job job;
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
                                finish(index, job.write((Rendered) outcome));
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

        private ExecutorService pool(String name, int threads) {
            AtomicInteger number = new AtomicInteger();
            return Executors.newFixedThreadPool(threads, r -> {
                Thread thread = new Thread(r, name + number.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }

        private void await(ExecutorService pool) {
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
            progress.done(entry.status());
        }

        /** Builds, prices and names the opening (in input order); the job renders or verifies it. */
        private Job prepare(SourceRow row) {
            if (row.problem() != null) throw new InputException("row", row.problem());
            Opening opening = row.fields().build(settings.engine().data().policy());
            Quote quote = settings.engine().price(opening);
            String folder = DeliverableWriter.clientFolder(opening.client());
            String base = claim(folder, DeliverableWriter.baseName(quote));
            Manifest.OpeningInfo info = Manifest.OpeningInfo.of(opening);
            String key = key(folder + "/" + base, info);
            ManifestStore.Known known = settings.force() ? null : previous.rows().get(key);
            return new Job(source.name() + ":" + row.row() + ": ", row.row(), key, folder, base, info,
                    Manifest.QuoteInfo.of(quote), quote, known == null ? null : known.files());
        }

        /** The base name, or base-2, base-3... when an earlier row of the client already has it. */
        private String claim(String folder, String base) {
            String name = base;
            for (int n = 2; names.containsKey(folder + "/" + name); n++) name = base + "-" + n;
            names.put(folder + "/" + name, 1);
            return name;
        }

        private Manifest.Entry failed(SourceRow row, String reason) {
            return new Manifest.Entry(row.row(), Manifest.FAILED, reason, rawKey(row),
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
    }

    /** Thrown into the reader to stop it after a fatal failure. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** One opening's documents rendered in memory, waiting to be written: paths relative to out. */
    private record Rendered(List<String> paths, List<String> formats, List<byte[]> contents, long renderNanos) {}

    /**
     * One priced opening. Rendering (CPU) and writing (the disk: temp file, fsync, rename) are two
     * stages on two pools, so the rendering threads never wait for the disk.
     */
    private final class Job {
        private final String at;
        private final int row;
        private final String key;
        private final String folder;
        private final String base;
        private final Manifest.OpeningInfo opening;
        private final Manifest.QuoteInfo figures;
        private final Quote quote;
        private final List<WrittenFile> earlier;

        Job(String at, int row, String key, String folder, String base, Manifest.OpeningInfo opening,
            Manifest.QuoteInfo figures, Quote quote, List<WrittenFile> earlier) {
            this.at = at;
            this.row = row;
            this.key = key;
            this.folder = folder;
            this.base = base;
            this.opening = opening;
            this.figures = figures;
            this.quote = quote;
            this.earlier = earlier;
        }

        /** The skipped or failed entry, or the rendered documents. */
        Object render() {
            long started = System.nanoTime();
            if (earlier != null && intact(earlier)) {
                return new Manifest.Entry(row, Manifest.SKIPPED, null, key, folder, opening, figures, earlier, millis(started));
            }
            QuoteDocument document = QuoteDocument.of(quote, settings.brand(), null, settings.issued());
            List<String> paths = new ArrayList<>();
            List<String> formats = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            for (Renderer renderer : settings.renderers()) {
                // The layout of DeliverableWriter: <client folder>/<base name>.<format>
                String relative = folder + "/" + SafeNames.segment(base) + "." + renderer.format();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
                try {
                    renderer.render(document, bytes);
                } catch (IOException | RuntimeException e) {
                    return failure("render", renderer.format(), e, started);
                }
                paths.add(relative);
                formats.add(renderer.format());
                contents.add(bytes.toByteArray());
            }
            return new Rendered(paths, formats, contents, System.nanoTime() - started);
        }

        /** Writes the rendered documents atomically; the entry lists them. */
        Manifest.Entry write(Rendered rendered) {
            long started = System.nanoTime() - rendered.renderNanos();
            List<WrittenFile> files = new ArrayList<>();
            for (int i = 0; i < rendered.paths().size(); i++) {
                byte[] content = rendered.contents().get(i);
                try {
                    AtomicFiles.Digest digest = AtomicFiles.write(SafeNames.inside(out, rendered.paths().get(i)), s -> s.write(content));
                    files.add(new WrittenFile(rendered.paths().get(i), rendered.formats().get(i), digest.size(), digest.sha256()));
                } catch (IOException | RuntimeException e) {
                    return failure("write", rendered.formats().get(i), e, started);
                }
            }
            return new Manifest.Entry(row, Manifest.OK, null, key, folder, opening, figures, files, millis(started));
        }

        /** Files of other formats already written stay on disk, unlisted: the next run redoes the row. */
        private Manifest.Entry failure(String stage, String format, Exception e, long started) {
            return new Manifest.Entry(row, Manifest.FAILED, at + stage + ": " + format + ": " + e.getClass().getSimpleName() + ": "
                    + e.getMessage(), key, folder, opening, figures, List.of(), millis(started));
        }
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Every file present inside the output folder with the recorded size and SHA-256. */
    private boolean intact(List<WrittenFile> files) {
        try {
            for (WrittenFile file : files) {
                Path path = SafeNames.inside(out, file.path());
                if (!Files.isRegularFile(path) || Files.size(path) != file.size()) return false;
                if (!AtomicFiles.digest(path).sha256().equals(file.sha256())) return false;
            }
            return !files.isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** SHA-256 of the run's fingerprint, the row's output name and its normalized fields. */
    private String key(String outputName, Manifest.OpeningInfo opening) {
        try {
            MessageDigest sha = AtomicFiles.sha256();
            sha.update((settings.fingerprint() + "\n" + outputName + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(ManifestStore.JSON.writeValueAsBytes(opening));
            return HexFormat.of().formatHex(sha.digest());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rawKey(SourceRow row) {
        MessageDigest sha = AtomicFiles.sha256();
        row.raw().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sha.update((e.getKey() + "=" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A client's rate card (and zip): kept when nothing it shows changed and its files are intact. */
    private Manifest.Client client(RateCard card, List<Manifest.Entry> entries, ManifestStore.Previous previous,
                                   RateCardPdf rateCardPdf) throws IOException {
        List<Manifest.Entry> own = entries.stream().filter(e -> e.delivered() && card.folder().equals(e.clientFolder())).toList();
        Manifest.Entry contact = own.stream().filter(e -> e.opening().contactEmail() != null).findFirst().orElse(own.get(0));
        Manifest.Entry manager = own.stream().filter(e -> e.opening().accountManagerEmail() != null).findFirst().orElse(own.get(0));
        String key = clientKey(card, own);
        Manifest.Client before = previous.clients().get(card.folder());
        List<WrittenFile> files;
        if (!settings.force() && before != null && key.equals(before.key()) && intact(before.files())) {
            files = before.files();
        } else {
            files = new ArrayList<>();
            String pdf = card.folder() + "/" + RATE_CARD;
            AtomicFiles.Digest digest = AtomicFiles.write(SafeNames.inside(out, pdf),
                    stream -> rateCardPdf.write(card, stream));
            files.add(new WrittenFile(pdf, "pdf", digest.size(), digest.sha256()));
            if (settings.zip()) {
                List<WrittenFile> contents = new ArrayList<>();
                own.forEach(e -> contents.addAll(e.files()));
                contents.addAll(files);
                files.add(ClientZips.write(out, card.folder(), contents));
            }
        }
        return new Manifest.Client(card.client(), card.folder(), contact.opening().contactName(), contact.opening().contactEmail(),
                manager.opening().accountManager(), manager.opening().accountManagerEmail(), own.size(), key, files);
    }

    private String clientKey(RateCard card, List<Manifest.Entry> own) {
        MessageDigest sha = AtomicFiles.sha256();
        StringBuilder text = new StringBuilder("client/1\n").append(settings.fingerprint()).append('\n')
                .append(settings.zip()).append('\n').append(card.client()).append('\n');
        for (RateCard.Line line : card.lines()) text.append(line).append('\n');
        for (Manifest.Entry e : own) {
            for (WrittenFile f : e.files()) text.append(f.path()).append(' ').append(f.sha256()).append('\n');
        }
        sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Manifest.Totals totals(List<Manifest.Entry> entries, List<Manifest.Client> clients, WrittenFile summary,
                                          long started) {
        int ok = 0;
        int skipped = 0;
        int failed = 0;
        long bytes = summary == null ? 0 : summary.size();
        for (Manifest.Entry e : entries) {
            switch (e.status()) {
                case Manifest.OK -> ok++;
                case Manifest.SKIPPED -> skipped++;
                default -> failed++;
            }
            for (WrittenFile f : e.files()) bytes += f.size();
        }
        for (Manifest.Client c : clients) for (WrittenFile f : c.files()) bytes += f.size();
        return new Manifest.Totals(entries.size(), ok, skipped, failed, millis(started), bytes);
    }

    /**
     * Deletes files that earlier runs over the same input wrote and this run no longer lists (a row
     * whose role changed leaves its old file otherwise), only when they are still exactly what was
     * written. Files of other inputs sharing the folder are never touched.
     */
    private int removeStale(ManifestStore.Previous previous, Manifest manifest, String input) {
        Set<String> current = new HashSet<>();
        manifest.allFiles().forEach(f -> current.add(f.path()));
        Map<String, WrittenFile> candidates = new LinkedHashMap<>();
        previous.rows().values().stream().filter(k -> input.equals(k.input()))
                .forEach(k -> k.files().forEach(f -> candidates.putIfAbsent(f.path(), f)));
        previous.clients().forEach((folder, c) -> {
            if (input.equals(previous.clientInputs().get(folder))) c.files().forEach(f -> candidates.putIfAbsent(f.path(), f));
        });
        int removed = 0;
        for (WrittenFile file : candidates.values()) {
            if (current.contains(file.path())) continue;
            try {
                Path path = SafeNames.inside(out, file.path());
                if (Files.isRegularFile(path) && intact(List.of(file)) && Files.deleteIfExists(path)) removed++;
            } catch (IOException | RuntimeException e) {
                // leave it: removing stale files is a courtesy
            }
        }
        return removed;
    }
}
