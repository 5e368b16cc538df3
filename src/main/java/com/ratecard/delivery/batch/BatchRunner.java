package com.ratecard.delivery.batch;

import com.ratecard.render.ratecard.RateCard;
import com.ratecard.render.ratecard.RateCardPdf;
import com.ratecard.data.InputException;
import com.ratecard.delivery.RunLock;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.pricing.PricingEngine;
import com.ratecard.render.Audience;
import com.ratecard.render.Renderer;
import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandCheck;
import com.ratecard.render.brand.BrandWarning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a batch: reads the input row by row, prices each opening in input order (so duplicate file
 * names get their -2, -3 suffixes deterministically), renders its documents on {@code jobs} threads,
 * writes them atomically on a small writer pool (so rendering never waits for fsync), records each
 * finished opening in the journal, then ({@link EndPhase}) writes the per-client rate cards and
 * zips, the summary workbook and the manifest. Memory does not grow with the input's length: rows
 * stream in through a bounded window and finished entries go to a spool file on disk.
 *
 * <p>A row is skipped when an earlier run recorded the same key (its normalized fields, output
 * name and the run's {@link Fingerprint}) and every file it lists is intact (size and SHA-256).
 * Nothing a run did not write itself is ever replaced or deleted ({@link OutputFolder#refusal}).
 */
public final class BatchRunner {
    /**
     * @param fingerprint the run's {@link Fingerprint} (data, templates, brand, renderers)
     * @param prune       delete the stale files of earlier runs instead of listing them
     * @param issued      the issue date printed on newly written documents
     */
    public record Settings(Path out, PricingEngine engine, Brand brand, List<Renderer> renderers, String fingerprint,
                           int jobs, boolean force, boolean zip, boolean prune, LocalDate issued) {
        public Settings {
            if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
            renderers = List.copyOf(renderers);
        }

        public List<String> formats() {
            return renderers.stream().map(Renderer::format).toList();
        }
    }

    /**
     * What a run did. {@code failures}: the first reasons ({@link #FAILURES_KEPT} at most) of the
     * {@code totals().failed()} failed rows; {@code stale}: files of earlier runs kept and listed;
     * {@code warnings}: client files that could not be written; {@code brandWarnings}: the brand
     * checks' warnings (as in the manifest); {@code notPricedSkills}: skills the guide does not
     * price, with how many rows name each.
     */
    public record Result(Path manifestPath, Manifest.Totals totals, List<String> failures, int clients, int fileCount,
                         List<String> stale, int removedStale, int removedTemps, List<String> warnings,
                         List<Manifest.Warning> brandWarnings, Map<String, Integer> notPricedSkills,
                         Map<String, Long> phaseMillis) {
        public static final int FAILURES_KEPT = 100;

        /** The manifest as written (read back from disk: it may be large). */
        public Manifest manifest() {
            try {
                return ManifestStore.read(manifestPath);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Settings settings;
    private final Progress progress;
    private final Path out;
    private final ReuseKeys keys;

    public BatchRunner(Settings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
        this.out = settings.out().toAbsolutePath().normalize();
        this.keys = new ReuseKeys(settings.fingerprint());
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
        try (RunLock lock = RunLock.acquire(out, "batch"); ManifestStore store = new ManifestStore(out)) {
            int temps = store.cleanTemps();
            ManifestStore.Previous previous = store.loadPrevious();
            OutputFolder output = new OutputFolder(out, previous);
            String summary = output.refusal(EndPhase.SUMMARY);
            if (summary != null) throw new InputException("out", "out: " + summary);
            store.begin();
            phases.end("read");
            progress.start(rows);
            try (EntrySpool spool = new EntrySpool(out)) {
                new OpeningsPass(settings, progress, output, keys, source, store, previous, input, spool).run();
                spool.finish();
                phases.end("openings");
                progress.phase("writing rate cards" + (settings.zip() ? " and zips" : "") + ", summary and manifest");
                return new EndPhase(settings, output, keys, store, previous, spool, phases.millis)
                        .run(inputLabel, input, started, temps, phases::end);
            }
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
            millis.put(phase, TimeUnit.NANOSECONDS.toMillis(now - last));
            last = now;
        }
    }
}
