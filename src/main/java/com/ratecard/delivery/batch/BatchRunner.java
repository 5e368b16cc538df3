package com.ratecard.delivery.batch;

import com.ratecard.render.ratecard.RateCard;
import com.ratecard.render.ratecard.RateCardPdf;
import com.ratecard.data.InputException;
import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.WrittenFile;
import com.ratecard.pricing.PricingEngine;
import com.ratecard.render.Audience;
import com.ratecard.render.Renderer;
import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandCheck;
import com.ratecard.render.brand.BrandWarning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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

    private final Settings settings;
    private final Progress progress;
    private final Path out;
    private final OutputFolder output;
    private final ReuseKeys keys;

    public BatchRunner(Settings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
        this.out = settings.out().toAbsolutePath().normalize();
        this.output = new OutputFolder(out);
        this.keys = new ReuseKeys(settings.fingerprint(), settings.zip());
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
            OpeningsPass pass = new OpeningsPass(settings, progress, output, keys, source, store, previous, input);
            pass.run();
            List<Manifest.Entry> entries = pass.entries();
            phases.end("openings");

            progress.phase("writing rate cards" + (settings.zip() ? " and zips" : "") + ", summary and manifest");
            List<RateCard> cards = ClientDeliverables.cards(entries);
            List<Manifest.Client> clients = new ArrayList<>();
            ClientDeliverables deliverables = new ClientDeliverables(output, keys, settings.force(), settings.zip(),
                    RateCardPdf.forBrand(settings.brand(), settings.issued()));
            for (RateCard card : cards) clients.add(deliverables.write(card, entries, previous));
            phases.end(settings.zip() ? "rate cards and zips" : "rate cards");

            Manifest.Totals partial = totals(entries, clients, null, started);
            String generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            Map<String, String> cardPaths = ClientDeliverables.rateCardPaths(clients);
            SummaryWorkbook.Run run = new SummaryWorkbook.Run(inputLabel, settings.brand().id(), generatedAt, partial);
            AtomicFiles.Digest summaryDigest = AtomicFiles.write(out.resolve("summary.xlsx"), stream ->
                    SummaryWorkbook.write(settings.brand(), settings.formats(), entries, cards, cardPaths, run, stream));
            WrittenFile summary = new WrittenFile("summary.xlsx", "xlsx", Audience.INTERNAL, summaryDigest.size(),
                    summaryDigest.sha256());
            phases.end("summary");

            Manifest manifest = new Manifest(Manifest.VERSION, generatedAt, inputLabel, input, settings.brand().id(),
                    settings.formats(), settings.fingerprint(), entries, clients, summary, totals(entries, clients, summary, started),
                    warnings(settings.brand(), entries));
            store.write(manifest);
            int stale = StaleOutputs.remove(output, previous, manifest, input);
            store.end();
            phases.end("manifest");
            return new Result(manifest, store.manifestPath(), stale, temps, phases.millis);
        } finally {
            progress.close();
        }
    }

    /** The brand's own warnings, then one per account manager writing from another domain, with their rows. */
    static List<Manifest.Warning> warnings(Brand brand, List<Manifest.Entry> entries) {
        List<Manifest.Warning> out = new ArrayList<>();
        brand.warnings().forEach(w -> out.add(new Manifest.Warning(List.of(), w.code(), w.field(), w.message())));
        Map<BrandWarning, List<Integer>> byManager = new LinkedHashMap<>();
        for (Manifest.Entry e : entries) {
            if (e.opening() == null) continue;
            BrandCheck.accountManager(brand, e.opening().accountManager(), e.opening().accountManagerEmail())
                    .ifPresent(w -> byManager.computeIfAbsent(w, k -> new ArrayList<>()).add(e.row()));
        }
        byManager.forEach((w, rows) -> out.add(new Manifest.Warning(rows, w.code(), w.field(), w.message())));
        return out;
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

    /** @param summary the summary workbook; null while it is not written yet (its size is not counted then) */
    private static Manifest.Totals totals(List<Manifest.Entry> entries, List<Manifest.Client> clients, WrittenFile summary,
                                          long started) {
        return Manifest.Totals.of(entries, clients, summary, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}
