package com.ratecard.delivery.batch;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.ClientIdentity;
import com.ratecard.delivery.DeliverableWriter;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.Status;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.pricing.Quote;
import com.ratecard.render.Audience;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One priced opening, rendered and written. Rendering (CPU) and writing (the disk: temp file, fsync,
 * rename) are two stages on two pools, so the rendering threads never wait for the disk. Immutable:
 * each stage runs on one thread, the render stage strictly before the write stage.
 *
 * <p>Formats add up: a format an earlier run wrote for the same row key (same row, data, templates
 * and brand) is kept while its file is intact, whether or not this run asks for it, so a
 * {@code --format json} run keeps the workbook and proposal of the run before.
 */
final class OpeningJob {
    /** A document rendered in memory, waiting to be written: path relative to out. */
    record Planned(String path, Renderer renderer, byte[] content) {}

    /** The opening's documents: what is rendered, and the files kept, by format, in the entry's order. */
    record Rendered(List<Planned> planned, Map<String, WrittenFile> kept, List<String> order, long renderNanos) {}

    private final BatchRunner.Settings settings;
    private final OutputFolder output;
    private final ManifestStore store;
    private final String input;
    private final String at;
    private final int row;
    private final String key;
    private final ClientIdentity client;
    private final String base;
    private final Manifest.OpeningInfo opening;
    private final Manifest.QuoteInfo figures;
    private final Quote quote;
    private final Map<String, WrittenFile> earlier;

    /**
     * @param at      the "file:row: " prefix of failure reasons
     * @param earlier the files an earlier run recorded under the same key, by format (empty when none)
     */
    OpeningJob(BatchRunner.Settings settings, OutputFolder output, ManifestStore store, String input, String at, int row, String key,
               ClientIdentity client, String base, Manifest.OpeningInfo opening, Manifest.QuoteInfo figures, Quote quote,
               Map<String, WrittenFile> earlier) {
        this.settings = settings;
        this.output = output;
        this.store = store;
        this.input = input;
        this.at = at;
        this.row = row;
        this.key = key;
        this.client = client;
        this.base = base;
        this.opening = opening;
        this.figures = figures;
        this.quote = quote;
        this.earlier = earlier;
    }

    /** The skipped or failed entry, or the rendered documents. */
    Object render() {
        long started = System.nanoTime();
        Map<String, WrittenFile> kept = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        List<Renderer> todo = new ArrayList<>();
        for (Renderer renderer : settings.renderers()) {
            order.add(renderer.format());
            WrittenFile before = earlier.get(renderer.format());
            if (!settings.force() && before != null && output.intact(before)) kept.put(renderer.format(), before);
            else todo.add(renderer);
        }
        for (Map.Entry<String, WrittenFile> other : earlier.entrySet()) {
            if (order.contains(other.getKey()) || !output.intact(other.getValue())) continue;
            order.add(other.getKey());
            kept.put(other.getKey(), other.getValue());
        }
        if (todo.isEmpty()) return entry(Status.SKIPPED, null, files(kept, order), started);
        QuoteDocument document = QuoteDocument.of(quote, settings.brand(), null, settings.issued());
        List<Planned> planned = new ArrayList<>();
        for (Renderer renderer : todo) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            try {
                renderer.render(document, bytes);
            } catch (IOException | RuntimeException e) {
                return failure("render", renderer.format(), e, started);
            }
            planned.add(new Planned(client.folder() + "/" + renderer.fileName(base), renderer, bytes.toByteArray()));
        }
        return new Rendered(planned, kept, order, System.nanoTime() - started);
    }

    /**
     * Writes the rendered documents atomically, after checking that none would replace a file that
     * is not the batch's own, and after claiming their paths in the journal; the entry lists them.
     */
    Manifest.Entry write(Rendered rendered) {
        long started = System.nanoTime() - rendered.renderNanos();
        for (Planned p : rendered.planned()) {
            String refusal = output.refusal(p.path());
            if (refusal != null) return entry(Status.FAILED, at + "write: " + refusal, List.of(), started);
        }
        store.claim(rendered.planned().stream().map(Planned::path).toList(), input);
        Map<String, WrittenFile> files = new LinkedHashMap<>(rendered.kept());
        for (Planned p : rendered.planned()) {
            try {
                AtomicFiles.Digest digest = AtomicFiles.write(output.inside(p.path()), s -> s.write(p.content()));
                files.put(p.renderer().format(), new WrittenFile(p.path(), p.renderer().format(), p.renderer().audience(),
                        digest.size(), digest.sha256()));
            } catch (IOException | RuntimeException e) {
                return failure("write", p.renderer().format(), e, started);
            }
        }
        return entry(Status.OK, null, files(files, rendered.order()), started);
    }

    private static List<WrittenFile> files(Map<String, WrittenFile> byFormat, List<String> order) {
        List<WrittenFile> out = new ArrayList<>();
        for (String format : order) if (byFormat.containsKey(format)) out.add(byFormat.get(format));
        return out;
    }

    /** Files of other formats already written stay on disk, unlisted (the run lists them as stale): the next run redoes the row. */
    private Manifest.Entry failure(String stage, String format, Exception e, long started) {
        return entry(Status.FAILED, at + stage + ": " + format + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), List.of(),
                started);
    }

    private Manifest.Entry entry(Status status, String reason, List<WrittenFile> files, long started) {
        return new Manifest.Entry(row, status, reason, key, client.id(), client.folder(), opening, figures, files, millisSince(started));
    }

    private static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
