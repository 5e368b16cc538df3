package com.ratecard.delivery;

import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one opening's deliverables, one file per renderer, to
 * {@code out/<client>/<role>-<level>-<place>.<ext>} (as each renderer names it), atomically and never outside {@code out}.
 */
public final class DeliverableWriter {
    private final Path out;
    private final List<Renderer> renderers;

    public DeliverableWriter(Path out, List<Renderer> renderers) {
        this.out = out;
        this.renderers = List.copyOf(renderers);
    }

    public static String clientFolder(String client) {
        return SafeNames.segment(client);
    }

    /**
     * The file name without extension for a quote: role and level ids, then the place in the
     * client's own words, where a user looks for it ("mlops-senior-san-diego", not "...-southern-california").
     */
    public static String baseName(Quote quote) {
        return SafeNames.segment(quote.role().id() + "-" + quote.level().id() + "-" + quote.understood().placeAsTyped());
    }

    /** Writes every format under {@code <client>/<baseName>}; returns the files written. */
    public List<WrittenFile> write(QuoteDocument document, String baseName) throws IOException {
        String folder = clientFolder(document.quote().opening().client());
        List<WrittenFile> written = new ArrayList<>();
        for (Renderer renderer : renderers) {
            String relative = folder + "/" + renderer.fileName(SafeNames.segment(baseName));
            Path target = SafeNames.inside(out, relative);
            AtomicFiles.Digest digest = AtomicFiles.write(target, stream -> renderer.render(document, stream));
            written.add(new WrittenFile(relative, renderer.format(), renderer.audience(), digest.size(), digest.sha256()));
        }
        return written;
    }

    public List<WrittenFile> write(QuoteDocument document) throws IOException {
        return write(document, baseName(document.quote()));
    }
}
