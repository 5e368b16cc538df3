package com.ratecard.web;

import com.ratecard.data.InputException;
import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.ClientIdentity;
import com.ratecard.delivery.DeliverableWriter;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.ManifestReader;
import com.ratecard.delivery.manifest.ManifestWriter;
import com.ratecard.delivery.manifest.Status;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import com.ratecard.render.brand.Brand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The generate button: writes one opening's deliverables with {@link DeliverableWriter} (the
 * files and names of {@code ratecard generate}) under the folder's lock, then joins them to the
 * folder's own {@code manifest.json} (input "ratecard serve"), so history and send see them: the
 * entry of a row that listed the same files is replaced (and only files it listed, unchanged since,
 * are overwritten), any other is kept. A folder holding a CLI batch's manifest is refused, as
 * {@code generate} refuses it: its files are the batch's.
 */
final class Desk {
    /** How a manifest the web app starts names its input. */
    static final String INPUT = "ratecard serve";

    private final Path out;
    private final Brand brand;
    private final List<Renderer> renderers;
    private final FolderLock lock;
    private final Clock clock;

    Desk(Path out, Brand brand, List<Renderer> renderers, FolderLock lock, Clock clock) {
        this.out = out;
        this.brand = brand;
        this.renderers = List.copyOf(renderers);
        this.lock = lock;
        this.clock = clock;
    }

    /** Writes the deliverables and records them; returns the files, paths relative to the output folder. */
    List<WrittenFile> generate(Quote quote) throws IOException {
        long started = System.nanoTime();
        QuoteDocument document = QuoteDocument.of(quote, brand, null, LocalDate.now(clock));
        try (FolderLock.Hold hold = lock.acquire()) {
            Manifest before = readManifest();
            List<WrittenFile> listed = before == null ? List.of() : before.allFiles();
            List<WrittenFile> files = new DeliverableWriter(out, renderers).writeHeld(document,
                    path -> listed.stream().anyMatch(f -> f.path().equals(path) && f.intactIn(out)),
                    "the app did not write it (or it changed since); move it aside to generate here");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            Manifest joined = join(before, quote, files, millis);
            AtomicFiles.write(out.resolve(ManifestReader.FILE_NAME), stream -> ManifestWriter.write(stream, joined));
            return files;
        }
    }

    private Manifest readManifest() {
        Path file = out.resolve(ManifestReader.FILE_NAME);
        if (!Files.isRegularFile(file)) return null;
        Manifest manifest;
        try {
            manifest = ManifestReader.read(file);
        } catch (IOException e) {
            // never replace a manifest we cannot read: it may be the only record of a batch
            throw new InputException("out", file + ": unreadable (" + e.getMessage() + "); expected the manifest of a batch,"
                    + " or no manifest; move it aside to generate here");
        }
        if (!INPUT.equals(manifest.input())) {
            throw new InputException("out", "out: " + out + " holds the outputs of \"ratecard batch " + manifest.input()
                    + "\" (manifest.json): the web app does not change them behind the batch's back; start it with another --out");
        }
        return manifest;
    }

    private Manifest join(Manifest before, Quote quote, List<WrittenFile> files, long millis) {
        List<Manifest.Entry> entries = new ArrayList<>(before == null ? List.of() : before.entries());
        List<String> paths = files.stream().map(WrittenFile::path).toList();
        int row = entries.stream().mapToInt(Manifest.Entry::row).max().orElse(0) + 1;
        int at = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).files().stream().anyMatch(f -> paths.contains(f.path()))) {
                at = i;
                row = entries.get(i).row();
                break;
            }
        }
        var o = quote.opening();
        ClientIdentity client = ClientIdentity.of(o.client(), o.clientId());
        Manifest.Entry entry = new Manifest.Entry(row, Status.OK, null, null, client.id(), client.folder(),
                Manifest.OpeningInfo.of(o), Manifest.QuoteInfo.of(quote), files, millis);
        if (at >= 0) entries.set(at, entry);
        else entries.add(entry);
        entries.removeIf(e -> e != entry && e.files().stream().anyMatch(f -> paths.contains(f.path())));

        List<Manifest.Client> clients = new ArrayList<>(before == null ? List.of() : before.clients());
        if (clients.stream().noneMatch(c -> client.id().equals(c.clientId()))) {
            clients.add(new Manifest.Client(o.client(), client.id(), client.folder(), o.contactName(), o.contactEmail(),
                    o.accountManager(), o.accountManagerEmail(), 1, null, List.of()));
        }
        String generatedAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        List<String> formats = renderers.stream().map(Renderer::format).toList();
        WrittenFile summary = before == null ? null : before.summary();
        return new Manifest(Manifest.VERSION, generatedAt, INPUT, null, before == null ? brand.id() : before.brand(),
                before == null ? formats : before.formats(), before == null ? null : before.fingerprint(), entries, clients,
                summary, before == null ? List.of() : before.stale(),
                Manifest.Totals.of(entries, clients, summary, before == null ? 0 : before.totals().millis()),
                before == null ? List.of() : before.warnings());
    }
}
