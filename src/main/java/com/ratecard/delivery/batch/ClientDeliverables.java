package com.ratecard.delivery.batch;

import com.ratecard.render.ratecard.RateCard;
import com.ratecard.render.ratecard.RateCardPdf;
import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.render.Audience;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each client's rate card (and zip), or keeps those of an earlier run when nothing they show
 * changed. A zip an earlier run made stays listed while it is current, with or without --zip.
 */
final class ClientDeliverables {
    static final String RATE_CARD = "rate-card.pdf";

    private final OutputFolder output;
    private final ReuseKeys keys;
    private final boolean force;
    private final boolean zip;
    private final RateCardPdf pdf;
    private final List<String> warnings;
    private final ManifestStore store;
    private final String input;

    ClientDeliverables(OutputFolder output, ManifestStore store, String input, ReuseKeys keys, boolean force, boolean zip, RateCardPdf pdf,
                       List<String> warnings) {
        this.output = output;
        this.store = store;
        this.input = input;
        this.keys = keys;
        this.force = force;
        this.zip = zip;
        this.pdf = pdf;
        this.warnings = warnings;
    }

    /** A client's rate card (and zip): kept when nothing it shows changed and its files are intact. */
    Manifest.Client write(ClientTally tally, RateCard card, ManifestStore.Previous previous) throws IOException {
        String key = keys.client(tally.clientId, card, tally.filesDigest());
        Manifest.Client before = previous.clients().get(tally.clientId);
        boolean same = !force && before != null && key.equals(before.key());
        String cardPath = tally.folder + "/" + RATE_CARD;
        List<WrittenFile> files = new ArrayList<>();
        WrittenFile oldCard = same ? before.files().stream().filter(f -> f.path().equals(cardPath)).findFirst().orElse(null) : null;
        WrittenFile rateCard = oldCard != null && output.intact(oldCard) ? oldCard : write(cardPath, "pdf", s -> pdf.write(card, s));
        if (rateCard != null) files.add(rateCard);
        WrittenFile oldZip = same ? before.zip() : null;
        if (oldZip != null && output.intact(oldZip)) {
            files.add(oldZip);
        } else if (zip && rateCard != null) {
            List<WrittenFile> contents = new ArrayList<>(tally.files());
            contents.add(rateCard);
            String zipPath = ClientZips.path(tally.folder);
            String refusal = output.refusal(zipPath);
            if (refusal == null) {
                store.claim(List.of(zipPath), input);
                files.add(ClientZips.write(output, tally.folder, contents));
            } else {
                warnings.add("zip not written: " + refusal);
            }
        }
        return tally.client(key, files);
    }

    /** Writes a client file unless the path holds somebody else's file (then a warning, and null). */
    private WrittenFile write(String path, String format, AtomicFiles.Content content) throws IOException {
        String refusal = output.refusal(path);
        if (refusal != null) {
            warnings.add("rate card not written: " + refusal);
            return null;
        }
        store.claim(List.of(path), input);
        AtomicFiles.Digest digest = AtomicFiles.write(output.inside(path), content);
        return new WrittenFile(path, format, Audience.CLIENT, digest.size(), digest.sha256());
    }
}
