package com.ratecard.delivery.batch;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.SafeNames;
import com.ratecard.delivery.WrittenFile;
import com.ratecard.pricing.Quote;
import com.ratecard.render.Audience;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One priced opening, rendered and written. Rendering (CPU) and writing (the disk: temp file, fsync,
 * rename) are two stages on two pools, so the rendering threads never wait for the disk. Immutable:
 * each stage runs on one thread, the render stage strictly before the write stage.
 */
final class OpeningJob {
    /** One opening's documents rendered in memory, waiting to be written: paths relative to out. */
    record Rendered(List<String> paths, List<String> formats, List<Audience> audiences, List<byte[]> contents, long renderNanos) {}

    private final BatchRunner.Settings settings;
    private final OutputFolder output;
    private final String at;
    private final int row;
    private final String key;
    private final String folder;
    private final String base;
    private final Manifest.OpeningInfo opening;
    private final Manifest.QuoteInfo figures;
    private final Quote quote;
    private final List<WrittenFile> earlier;

    /**
     * @param at      the "file:row: " prefix of failure reasons
     * @param earlier the files an earlier run listed under the same key; null when there is no such
     *                record or the run is forced
     */
    OpeningJob(BatchRunner.Settings settings, OutputFolder output, String at, int row, String key, String folder, String base,
               Manifest.OpeningInfo opening, Manifest.QuoteInfo figures, Quote quote, List<WrittenFile> earlier) {
        this.settings = settings;
        this.output = output;
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
        if (earlier != null && output.intact(earlier)) {
            return new Manifest.Entry(row, Manifest.SKIPPED, null, key, folder, opening, figures, earlier, millisSince(started));
        }
        QuoteDocument document = QuoteDocument.of(quote, settings.brand(), null, settings.issued());
        List<String> paths = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        List<Audience> audiences = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (Renderer renderer : settings.renderers()) {
            // The layout of DeliverableWriter: <client folder>/<base name>.<ext>, as the renderer names it
            String relative = folder + "/" + renderer.fileName(SafeNames.segment(base));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            try {
                renderer.render(document, bytes);
            } catch (IOException | RuntimeException e) {
                return failure("render", renderer.format(), e, started);
            }
            paths.add(relative);
            formats.add(renderer.format());
            audiences.add(renderer.audience());
            contents.add(bytes.toByteArray());
        }
        return new Rendered(paths, formats, audiences, contents, System.nanoTime() - started);
    }

    /** Writes the rendered documents atomically; the entry lists them. */
    Manifest.Entry write(Rendered rendered) {
        long started = System.nanoTime() - rendered.renderNanos();
        List<WrittenFile> files = new ArrayList<>();
        for (int i = 0; i < rendered.paths().size(); i++) {
            byte[] content = rendered.contents().get(i);
            try {
                AtomicFiles.Digest digest = AtomicFiles.write(output.inside(rendered.paths().get(i)), s -> s.write(content));
                files.add(new WrittenFile(rendered.paths().get(i), rendered.formats().get(i), rendered.audiences().get(i),
                        digest.size(), digest.sha256()));
            } catch (IOException | RuntimeException e) {
                return failure("write", rendered.formats().get(i), e, started);
            }
        }
        return new Manifest.Entry(row, Manifest.OK, null, key, folder, opening, figures, files, millisSince(started));
    }

    /** Files of other formats already written stay on disk, unlisted: the next run redoes the row. */
    private Manifest.Entry failure(String stage, String format, Exception e, long started) {
        return new Manifest.Entry(row, Manifest.FAILED, at + stage + ": " + format + ": " + e.getClass().getSimpleName() + ": "
                + e.getMessage(), key, folder, opening, figures, List.of(), millisSince(started));
    }

    private static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
