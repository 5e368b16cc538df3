package com.ratecard.web;

import com.ratecard.data.InputException;
import com.ratecard.delivery.SafeNames;
import com.ratecard.delivery.batch.BatchRunner;
import com.ratecard.delivery.batch.Fingerprint;
import com.ratecard.delivery.batch.OpeningSource;
import com.ratecard.delivery.batch.Progress;
import com.ratecard.pricing.PricingEngine;
import com.ratecard.render.Renderer;
import com.ratecard.render.brand.Brand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Batches uploaded to the web app. Each runs as {@code ratecard batch FILE --zip} would, into a
 * folder of its own ({@code out/batches/<time>-<name>/}: one output folder per input file), on
 * one background thread with one rendering thread, so quotes keep a core to themselves. The
 * upload is refused before anything runs when it is too large, has too many rows or cannot be
 * read; a bad row only fails that row.
 */
final class Batches implements AutoCloseable {
    static final String FOLDER = "batches";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Path out;
    private final PricingEngine engine;
    private final Brand brand;
    private final List<Renderer> renderers;
    private final Path templates;
    private final FolderLock lock;
    private final long maxBytes;
    private final int maxRows;
    private final Clock clock;
    private final Map<String, BatchJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "web-batch");
        thread.setDaemon(true);
        return thread;
    });

    Batches(WebSettings settings, PricingEngine engine, List<Renderer> renderers, FolderLock lock) {
        this.out = settings.out();
        this.engine = engine;
        this.brand = settings.brand();
        this.renderers = List.copyOf(renderers);
        this.templates = settings.templates();
        this.lock = lock;
        this.maxBytes = settings.uploadBytes();
        this.maxRows = settings.uploadRows();
        this.clock = settings.clock();
    }

    /** Checks an upload, saves it in a new batch folder and queues its run. */
    BatchJob start(String fileName, long size, InputStream content) throws IOException {
        String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        String extension = Downloads.extension(name);
        if (!List.of("csv", "xlsx", "yaml", "yml").contains(extension)) {
            throw new InputException("openings", (name.isEmpty() ? "the upload" : name) + ": unknown input type; expected a .csv, .xlsx, .yaml or .yml file");
        }
        if (size > maxBytes) {
            throw new InputException("openings", name + ": " + Downloads.size(size) + "; expected at most " + Downloads.size(maxBytes)
                    + " (the web app's limit; ratecard batch takes larger files)");
        }
        String base = name.substring(0, name.length() - extension.length() - 1);
        String id = id(SafeNames.segment(base));
        Path folder = out.resolve(FOLDER).resolve(id);
        Path input = folder.resolve(SafeNames.segment(base) + "." + extension);
        Files.createDirectories(folder);
        try {
            // copy at most one byte past the limit: a body that lied about its size is still refused
            Files.copy(new Bounded(content, maxBytes + 1), input, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(input) > maxBytes) {
                throw new InputException("openings", name + ": larger than " + Downloads.size(maxBytes) + "; expected at most that");
            }
            OpeningSource source = OpeningSource.open(input);
            int rows = source.count();
            if (rows == 0) throw new InputException("openings", name + ": no openings; expected at least one row below the header");
            if (rows > maxRows) {
                throw new InputException("openings", name + ": " + rows + " openings; expected at most " + maxRows
                        + " (the web app's limit; ratecard batch takes more)");
            }
            BatchJob job = new BatchJob(id, name, FOLDER + "/" + id, rows);
            jobs.put(id, job);
            runner.execute(() -> run(job, source, name, input, folder));
            return job;
        } catch (IOException | RuntimeException e) {
            deleteOwn(folder); // nothing of the user's is lost: the folder holds only our copy of the upload
            throw e;
        }
    }

    private void run(BatchJob job, OpeningSource source, String label, Path input, Path folder) {
        job.running();
        try (FolderLock.Hold hold = lock.acquire()) {
            String fingerprint = Fingerprint.of(engine.data().dir(), templates, brand.id(), "web:" + renderers.stream()
                    .map(r -> r.format() + "=" + r.getClass().getName()).reduce((a, b) -> a + "," + b).orElse(""));
            BatchRunner.Settings settings = new BatchRunner.Settings(folder, engine, brand, renderers, fingerprint, 1, false, true,
                    false, LocalDate.now(clock));
            BatchRunner.Result result = new BatchRunner(settings, Progress.rows(job::row)).run(source, label, input);
            job.done(result.manifest());
        } catch (InputException e) {
            job.failed(e.getMessage());
        } catch (Exception | Error e) {
            job.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    BatchJob get(String id) {
        return jobs.get(id);
    }

    /** The batches of this session of the app, newest first. */
    List<BatchJob> recent() {
        List<BatchJob> all = new ArrayList<>(jobs.values());
        all.sort(Comparator.comparing(BatchJob::id).reversed());
        return all;
    }

    private synchronized String id(String slug) {
        String stamp = STAMP.format(LocalDateTime.now(clock));
        String id = stamp + "-" + slug;
        for (int n = 2; jobs.containsKey(id) || Files.exists(out.resolve(FOLDER).resolve(id)); n++) id = stamp + "-" + slug + "-" + n;
        return id;
    }

    private static void deleteOwn(Path folder) {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
        try {
            runner.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads at most {@code limit} bytes of a stream. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) return -1;
            int b = super.read();
            if (b >= 0) left--;
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = super.read(buffer, off, (int) Math.min(len, left));
            if (n > 0) left -= n;
            return n;
        }
    }
}
