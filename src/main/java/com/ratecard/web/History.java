package com.ratecard.web;

import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.batch.ManifestStore;
import com.ratecard.pricing.Money;
import com.ratecard.web.view.HistoryView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What was generated in the output folder, read from its manifests: the folder's own (CLI
 * batches and the web app's generate) and each web batch's under {@code batches/}. Searchable by
 * client, role and date; each entry links back into the quote form.
 */
final class History {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Path out;
    private final ZoneId zone;

    History(Path out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    /** The folders (relative to the output folder, "" for itself) that hold a manifest, the folder itself first. */
    List<String> runs() {
        List<String> runs = new ArrayList<>();
        if (Files.isRegularFile(out.resolve(ManifestStore.MANIFEST))) runs.add("");
        Path batches = out.resolve(Batches.FOLDER);
        if (Files.isDirectory(batches)) {
            try (Stream<Path> dirs = Files.list(batches)) {
                dirs.filter(d -> Files.isDirectory(d) && !Files.isSymbolicLink(d) && Files.isRegularFile(d.resolve(ManifestStore.MANIFEST)))
                        .map(d -> Batches.FOLDER + "/" + d.getFileName()).sorted(Comparator.reverseOrder()).forEach(runs::add);
            } catch (IOException e) {
                // an unreadable folder simply shows nothing
            }
        }
        return runs;
    }

    /** Matching entries, newest first; blank filters match everything; dates are YYYY-MM-DD, inclusive. */
    List<HistoryView> search(String client, String role, String from, String to) {
        List<HistoryView> found = new ArrayList<>();
        for (String run : runs()) {
            Manifest manifest;
            try {
                manifest = ManifestStore.read(folder(run).resolve(ManifestStore.MANIFEST));
            } catch (IOException | RuntimeException e) {
                continue; // a damaged manifest is reported by batch and send; history shows the rest
            }
            for (Manifest.Entry e : manifest.entries()) {
                HistoryView view = view(run, manifest, e);
                if (contains(view.client(), client) && (contains(view.role(), role) || contains(e.opening().role(), role))
                        && after(view.date(), from) && before(view.date(), to)) {
                    found.add(view);
                }
            }
        }
        found.sort(Comparator.comparing(HistoryView::date).reversed());
        return found;
    }

    private Path folder(String run) {
        return run.isEmpty() ? out : out.resolve(run);
    }

    private HistoryView view(String run, Manifest manifest, Manifest.Entry e) {
        Manifest.OpeningInfo o = e.opening();
        Manifest.QuoteInfo q = e.quote();
        String date = date(run, manifest, e);
        return new HistoryView(text(o.client()), q != null ? q.role() : text(o.role()), q != null ? q.level() : text(o.level()),
                q != null ? q.location() : text(o.location()), text(o.engagement()),
                q == null ? "" : Money.range(q.recommendedBase().low(), q.recommendedBase().high()),
                q == null || q.verdict() == null ? "" : q.verdict(), e.status().id(), e.reason() == null ? "" : e.reason(), date,
                Desk.INPUT.equals(manifest.input()) ? "generated here" : text(manifest.input()),
                e.files().stream().map(f -> Downloads.view(run, f)).toList(), "/quote?" + QuoteForm.of(o).query());
    }

    /** When its first file was written; the manifest's time for a row without files. */
    private String date(String run, Manifest manifest, Manifest.Entry e) {
        for (WrittenFile f : e.files()) {
            try {
                return WHEN.format(Files.getLastModifiedTime(folder(run).resolve(f.path())).toInstant().atZone(zone));
            } catch (IOException | RuntimeException ignored) {
                // try the next file
            }
        }
        try {
            return WHEN.format(Instant.parse(manifest.generatedAt()).atZone(zone));
        } catch (RuntimeException ignored) {
            return "";
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static boolean contains(String value, String wanted) {
        return wanted == null || wanted.isBlank() || (value != null && value.toLowerCase(Locale.ROOT).contains(wanted.strip().toLowerCase(Locale.ROOT)));
    }

    private static boolean after(String date, String from) {
        return from == null || from.isBlank() || date.compareTo(from.strip()) >= 0;
    }

    private static boolean before(String date, String to) {
        return to == null || to.isBlank() || date.substring(0, Math.min(10, date.length())).compareTo(to.strip()) <= 0;
    }
}
