package com.ratecard.delivery.batch;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.ManifestWriter;
import com.ratecard.delivery.manifest.Status;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.render.Audience;
import com.ratecard.render.ratecard.RateCard;
import com.ratecard.render.ratecard.RateCardPdf;
import com.ratecard.render.brand.BrandCheck;
import com.ratecard.render.brand.BrandWarning;
import com.ratecard.render.xlsx.SummaryWorkbook;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The end of a run, once every row is done: one pass over the spooled entries gathers totals and
 * each client's rows; then each client's rate card (and zip), the summary workbook (streamed from
 * the spool), the stale files, and the manifest (streamed from the spool). Memory holds per-client
 * figures and the set of listed paths, never the entries.
 */
final class EndPhase {
    static final String SUMMARY = "summary.xlsx";

    private final BatchRunner.Settings settings;
    private final OutputFolder output;
    private final ReuseKeys keys;
    private final ManifestStore store;
    private final ManifestStore.Previous previous;
    private final EntrySpool spool;
    private final Map<String, Long> phaseMillis;

    EndPhase(BatchRunner.Settings settings, OutputFolder output, ReuseKeys keys, ManifestStore store, ManifestStore.Previous previous,
             EntrySpool spool, Map<String, Long> phaseMillis) {
        this.settings = settings;
        this.output = output;
        this.keys = keys;
        this.store = store;
        this.previous = previous;
        this.spool = spool;
        this.phaseMillis = phaseMillis;
    }

    BatchRunner.Result run(String inputLabel, String input, long started, int temps, Consumer<String> phaseEnd) throws IOException {
        int ok = 0;
        int skipped = 0;
        int failed = 0;
        long bytes = 0;
        int files = 0;
        List<String> failures = new ArrayList<>();
        Set<String> formats = new LinkedHashSet<>(settings.formats());
        Set<String> current = new HashSet<>();
        Map<String, ClientTally> tallies = new LinkedHashMap<>();
        Map<String, String> strings = new HashMap<>();
        Map<BrandWarning, List<Integer>> byManager = new LinkedHashMap<>();
        Map<String, Integer> notPriced = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Manifest.Entry e : spool.entries()) {
            switch (e.status()) {
                case OK -> ok++;
                case SKIPPED -> skipped++;
                case FAILED -> {
                    failed++;
                    if (failures.size() < BatchRunner.Result.FAILURES_KEPT) failures.add(e.reason());
                }
            }
            for (WrittenFile f : e.files()) {
                bytes += f.size();
                files++;
                current.add(f.path());
                formats.add(f.format());
            }
            if (e.opening() != null) {
                BrandCheck.accountManager(settings.brand(), e.opening().accountManager(), e.opening().accountManagerEmail())
                        .ifPresent(w -> byManager.computeIfAbsent(w, k -> new ArrayList<>()).add(e.row()));
            }
            if (e.quote() != null) e.quote().notPricedSkills().forEach(skill -> notPriced.merge(skill, 1, Integer::sum));
            if (e.delivered() && e.quote() != null) {
                tallies.computeIfAbsent(e.clientId(), id -> new ClientTally(e, settings.zip())).add(e, strings);
            }
        }

        List<String> warnings = new ArrayList<>();
        ClientDeliverables deliverables = new ClientDeliverables(output, store, input, keys, settings.force(), settings.zip(),
                RateCardPdf.forBrand(settings.brand(), settings.issued()), warnings);
        List<Manifest.Client> clients = new ArrayList<>();
        List<SummaryWorkbook.RateLine> rateLines = new ArrayList<>();
        for (ClientTally tally : tallies.values()) {
            RateCard card = RateCard.of(tally.name, tally.folder, tally.rateCardRows());
            Manifest.Client client = deliverables.write(tally, card, previous);
            clients.add(client);
            String cardPath = null;
            for (WrittenFile f : client.files()) {
                bytes += f.size();
                files++;
                current.add(f.path());
                if (f.path().endsWith("/" + ClientDeliverables.RATE_CARD)) cardPath = f.path();
            }
            for (RateCard.Line l : card.lines()) {
                rateLines.add(new SummaryWorkbook.RateLine(card.client(), l.role(), l.level(), l.location(), l.openings(), l.billMin(),
                        l.billTarget(), l.billMax(), l.baseLow(), l.baseHigh(), cardPath));
            }
        }
        phaseEnd.accept(settings.zip() ? "rate cards and zips" : "rate cards");

        current.add(SUMMARY);
        StaleOutputs.Outcome stale = StaleOutputs.handle(output, previous, current, settings.prune());
        String generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<String> formatList = List.copyOf(formats);
        SummaryWorkbook.Run run = new SummaryWorkbook.Run(inputLabel, settings.brand().id(), generatedAt, ok + skipped + failed, ok,
                skipped, failed, stale.kept().size());
        store.claim(List.of(SUMMARY), input);
        AtomicFiles.Digest summaryDigest = AtomicFiles.write(output.inside(SUMMARY), stream -> SummaryWorkbook.write(settings.brand(),
                formatList, () -> mapped(spool.entries().iterator()), rateLines, run, stream));
        WrittenFile summary = new WrittenFile(SUMMARY, "xlsx", Audience.INTERNAL, summaryDigest.size(), summaryDigest.sha256());
        phaseEnd.accept("summary");

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Manifest.Totals totals = new Manifest.Totals(ok + skipped + failed, ok, skipped, failed, millis, bytes + summary.size());
        Manifest manifest = new Manifest(Manifest.VERSION, generatedAt, inputLabel, input, settings.brand().id(), formatList,
                settings.fingerprint(), List.of(), clients, summary, stale.kept(), totals, brandWarnings(byManager));
        store.write(stream -> ManifestWriter.write(stream, manifest, spool.entries()));
        store.end();
        phaseEnd.accept("manifest");
        return new BatchRunner.Result(store.manifestPath(), totals, List.copyOf(failures), clients.size(), files + 1,
                stale.kept().stream().map(WrittenFile::path).toList(), stale.removed(), temps, List.copyOf(warnings), manifest.warnings(), notPriced, phaseMillis);
    }

    /** The brand's own warnings, then one per account manager writing from another domain, with their rows. */
    private List<Manifest.Warning> brandWarnings(Map<BrandWarning, List<Integer>> byManager) {
        List<Manifest.Warning> out = new ArrayList<>();
        settings.brand().warnings().forEach(w -> out.add(new Manifest.Warning(List.of(), w.code(), w.field(), w.message())));
        byManager.forEach((w, rows) -> out.add(new Manifest.Warning(rows, w.code(), w.field(), w.message())));
        return out;
    }

    /** The summary's rows, mapped as they are read. */
    private static Iterator<SummaryWorkbook.Opening> mapped(Iterator<Manifest.Entry> entries) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public SummaryWorkbook.Opening next() {
                return summaryRow(entries.next());
            }
        };
    }

    private static SummaryWorkbook.Opening summaryRow(Manifest.Entry e) {
        Manifest.OpeningInfo o = e.opening();
        Manifest.QuoteInfo q = e.quote();
        String level = q != null ? q.level() : o == null ? null : o.level() != null ? o.level()
                : o.years() != null ? o.years() + " years" : null;
        SummaryWorkbook.Figures figures = q == null ? null : new SummaryWorkbook.Figures(q.recommendedBase().low(),
                q.recommendedBase().high(), q.totalComp().low(), q.totalComp().high(), q.payRate().low(), q.payRate().high(),
                q.billRate().low(), q.billRate().high(), q.verdict(), q.pricedAs(), q.notPricedSkills());
        Map<String, String> files = new LinkedHashMap<>();
        for (WrittenFile f : e.files()) files.putIfAbsent(f.format(), f.path());
        return new SummaryWorkbook.Opening(e.row(), e.status().id(), e.status() == Status.FAILED, o == null ? null : o.client(),
                q != null ? q.role() : o == null ? null : o.role(), level, q != null ? q.location() : o == null ? null : o.location(),
                o == null ? null : o.engagement(), o == null ? null : o.budget(), o != null && "hourly".equals(o.budgetUnit()),
                figures, files, e.reason());
    }
}
