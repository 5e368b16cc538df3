package com.ratecard.delivery.batch;

import com.ratecard.render.ratecard.RateCard;
import com.ratecard.render.ratecard.RateCardPdf;
import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.WrittenFile;
import com.ratecard.render.Audience;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes each client's rate card (and zip), or keeps those of an earlier run when nothing they show changed. */
final class ClientDeliverables {
    static final String RATE_CARD = "rate-card.pdf";

    private final OutputFolder output;
    private final ReuseKeys keys;
    private final boolean force;
    private final boolean zip;
    private final RateCardPdf pdf;

    ClientDeliverables(OutputFolder output, ReuseKeys keys, boolean force, boolean zip, RateCardPdf pdf) {
        this.output = output;
        this.keys = keys;
        this.force = force;
        this.zip = zip;
        this.pdf = pdf;
    }

    /** A client's rate card (and zip): kept when nothing it shows changed and its files are intact. */
    Manifest.Client write(RateCard card, List<Manifest.Entry> entries, ManifestStore.Previous previous) throws IOException {
        List<Manifest.Entry> own = entries.stream().filter(e -> e.delivered() && card.folder().equals(e.clientFolder())).toList();
        Manifest.Entry contact = own.stream().filter(e -> e.opening().contactEmail() != null).findFirst().orElse(own.get(0));
        Manifest.Entry manager = own.stream().filter(e -> e.opening().accountManagerEmail() != null).findFirst().orElse(own.get(0));
        String key = keys.client(card, own);
        Manifest.Client before = previous.clients().get(card.folder());
        List<WrittenFile> files;
        if (!force && before != null && key.equals(before.key()) && output.intact(before.files())) {
            files = before.files();
        } else {
            files = new ArrayList<>();
            String path = card.folder() + "/" + RATE_CARD;
            AtomicFiles.Digest digest = AtomicFiles.write(output.inside(path), stream -> pdf.write(card, stream));
            files.add(new WrittenFile(path, "pdf", Audience.CLIENT, digest.size(), digest.sha256()));
            if (zip) {
                List<WrittenFile> contents = new ArrayList<>();
                // Only the client's own deliverables: never a deal sheet or the quote JSON.
                own.forEach(e -> e.files().stream().filter(WrittenFile::forClient).forEach(contents::add));
                contents.addAll(files);
                files.add(ClientZips.write(output.root(), card.folder(), contents));
            }
        }
        return new Manifest.Client(card.client(), card.folder(), contact.opening().contactName(), contact.opening().contactEmail(),
                manager.opening().accountManager(), manager.opening().accountManagerEmail(), own.size(), key, files);
    }

    /** One card per client folder, in the order clients first appear; only delivered rows count. */
    static List<RateCard> cards(List<Manifest.Entry> entries) {
        Map<String, List<Manifest.Entry>> byFolder = new LinkedHashMap<>();
        for (Manifest.Entry entry : entries) {
            if (!entry.delivered() || entry.quote() == null) continue;
            byFolder.computeIfAbsent(entry.clientFolder(), f -> new ArrayList<>()).add(entry);
        }
        List<RateCard> cards = new ArrayList<>();
        byFolder.forEach((folder, list) -> cards.add(RateCard.of(list.get(0).opening().client(), folder,
                list.stream().map(e -> quoted(e.quote())).toList())));
        return cards;
    }

    /** What a card shows of a manifest entry's quote figures. */
    private static RateCard.Quoted quoted(Manifest.QuoteInfo q) {
        return new RateCard.Quoted(q.role(), q.roleId(), q.level(), q.levelId(), q.levelRank(), q.location(), q.locationId(),
                q.billRate().low(), q.billRate().high(), q.recommendedBase().low(), q.recommendedBase().high());
    }

    /** Each client folder's rate card path, for the summary's links. */
    static Map<String, String> rateCardPaths(List<Manifest.Client> clients) {
        Map<String, String> paths = new HashMap<>();
        for (Manifest.Client c : clients) {
            c.files().stream().filter(f -> f.path().endsWith("/" + RATE_CARD)).forEach(f -> paths.put(c.folder(), f.path()));
        }
        return paths;
    }
}
