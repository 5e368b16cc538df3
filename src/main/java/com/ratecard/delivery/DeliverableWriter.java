package com.ratecard.delivery;

import com.ratecard.data.InputException;
import com.ratecard.delivery.manifest.ManifestReader;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Writes one opening's deliverables (what {@code generate} does), one file per renderer, to
 * {@code out/<client folder>/<role>-<level>-<place>.<ext>} (as each renderer names it): all rendered
 * first (a failure writes nothing), then each written atomically, under the folder's {@link RunLock},
 * never outside {@code out}. A batch's output folder is refused: its manifest, rate cards and the
 * ledger of {@code send} describe its files, and a file changed behind their back would be refused
 * by send or mailed stale. An existing file is kept unless {@code replace} is set.
 */
public final class DeliverableWriter {
    /** Room left in a base name for the "-2", "-3" of same-named openings and a format suffix. */
    private static final int BASE_MAX = 64;

    private final Path out;
    private final List<Renderer> renderers;
    private final boolean replace;

    public DeliverableWriter(Path out, List<Renderer> renderers) {
        this(out, renderers, false);
    }

    /** @param replace overwrite existing files of the same names (never in a batch's folder) */
    public DeliverableWriter(Path out, List<Renderer> renderers, boolean replace) {
        this.out = out;
        this.renderers = List.copyOf(renderers);
        this.replace = replace;
    }

    /** The client's folder: see {@link ClientIdentity}. */
    public static String clientFolder(String client, String clientId) {
        return ClientIdentity.of(client, clientId).folder();
    }

    /**
     * The file name without extension for a quote: role and level ids, then the place in the
     * client's own words, where a user looks for it ("mlops-senior-san-diego", not "...-southern-california").
     */
    public static String baseName(Quote quote) {
        return SafeNames.segment(quote.role().id() + "-" + quote.level().id() + "-" + quote.understood().placeAsTyped(), BASE_MAX);
    }

    /** True when {@code out} holds a batch run's outputs (a manifest or a run in progress). */
    public static boolean isBatchFolder(Path out) {
        return Files.exists(out.resolve(ManifestReader.FILE_NAME), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(out.resolve(".batch-journal.jsonl"), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(out.resolve(".batch-previous.json"), LinkOption.NOFOLLOW_LINKS);
    }

    /** Writes every format; returns the files written. */
    public List<WrittenFile> write(QuoteDocument document) throws IOException {
        refuseBatchFolder();
        try (RunLock lock = RunLock.acquire(out.toAbsolutePath().normalize(), "generate")) {
            refuseBatchFolder(); // a batch may have started in between
            return writeHeld(document, path -> replace, "use --force to replace it, or another --out");
        }
    }

    /**
     * Writes every format into a folder whose {@link RunLock} the caller holds and whose manifest
     * it keeps itself (the web app's desk); an existing file is replaced only where
     * {@code mayReplace} says so for its path (relative to out), else nothing is written and the
     * error ends with {@code hint} (what the user can do, in the words of their tool).
     */
    public List<WrittenFile> writeHeld(QuoteDocument document, Predicate<String> mayReplace, String hint) throws IOException {
        var opening = document.quote().opening();
        String folder = clientFolder(opening.client(), opening.clientId());
        String base = baseName(document.quote());
        List<String> paths = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (Renderer renderer : renderers) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            renderer.render(document, bytes);
            paths.add(folder + "/" + renderer.fileName(base));
            contents.add(bytes.toByteArray());
        }
        List<Path> targets = new ArrayList<>();
        for (String relative : paths) {
            Path target;
            try {
                target = SafeNames.inside(out, relative);
            } catch (IllegalArgumentException e) {
                throw new InputException("out", "out: " + e.getMessage());
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !mayReplace.test(relative)) {
                throw new InputException("out", "out: " + target + " exists; kept (nothing was written): " + hint);
            }
            targets.add(target);
        }
        List<WrittenFile> written = new ArrayList<>();
        for (int i = 0; i < renderers.size(); i++) {
            byte[] content = contents.get(i);
            AtomicFiles.Digest digest = AtomicFiles.write(targets.get(i), stream -> stream.write(content));
            Renderer r = renderers.get(i);
            written.add(new WrittenFile(paths.get(i), r.format(), r.audience(), digest.size(), digest.sha256()));
        }
        return written;
    }

    private void refuseBatchFolder() {
        if (isBatchFolder(out)) {
            throw new InputException("out", "out: " + out + " holds a batch's outputs (manifest.json): generate does not change"
                    + " them behind the batch's back; add the opening to the batch's input and rerun it, or use another --out");
        }
    }
}
