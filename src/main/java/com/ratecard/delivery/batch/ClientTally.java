package com.ratecard.delivery.batch;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.render.ratecard.RateCard;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One client's delivered rows, gathered while the run's entries stream past: the first contact and
 * account manager, each row's key figures (for the rate card), the client files of its rows (for
 * the zip) and a running digest of them (for the reuse key). Only what the client's files need is
 * kept, never whole entries.
 */
final class ClientTally {
    final String clientId;
    final String name;
    final String folder;
    private String contactName;
    private String contactEmail;
    private String accountManager;
    private String accountManagerEmail;
    private final List<RateCard.Quoted> quotes = new ArrayList<>();
    private final List<WrittenFile> files = new ArrayList<>();
    private final MessageDigest digest = AtomicFiles.sha256();
    private final boolean keepFiles;

    /** @param keepFiles whether the rows' client files are kept (for a zip) */
    ClientTally(Manifest.Entry first, boolean keepFiles) {
        this.clientId = first.clientId();
        this.name = first.opening().client();
        this.folder = first.clientFolder();
        this.keepFiles = keepFiles;
    }

    /** Adds a delivered row of this client; {@code strings} shares repeated names between rows. */
    void add(Manifest.Entry entry, Map<String, String> strings) {
        Manifest.OpeningInfo o = entry.opening();
        if (contactEmail == null && o.contactEmail() != null) {
            contactName = o.contactName();
            contactEmail = o.contactEmail();
        }
        if (accountManagerEmail == null && o.accountManagerEmail() != null) {
            accountManager = o.accountManager();
            accountManagerEmail = o.accountManagerEmail();
        }
        if (accountManager == null) accountManager = o.accountManager();
        if (contactName == null && contactEmail == null) contactName = o.contactName();
        if (entry.quote() != null) quotes.add(shared(entry.quote(), strings));
        for (WrittenFile f : entry.clientFiles()) {
            digest.update((f.path() + ' ' + f.sha256() + '\n').getBytes(StandardCharsets.UTF_8));
            if (keepFiles) files.add(f);
        }
    }

    /** The rows' figures as the rate card reads them. */
    List<RateCard.Quoted> rateCardRows() {
        return quotes;
    }

    int openings() {
        return quotes.size();
    }

    /** The client files of its rows, for the zip (empty unless kept). */
    List<WrittenFile> files() {
        return files;
    }

    /** SHA-256 of the rows' client files (paths and hashes), in row order. */
    String filesDigest() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    Manifest.Client client(String key, List<WrittenFile> clientFiles) {
        return new Manifest.Client(name, clientId, folder, contactName, contactEmail, accountManager, accountManagerEmail, openings(),
                key, clientFiles);
    }

    /** What a card shows of a row's quote, its names shared between rows. */
    private static RateCard.Quoted shared(Manifest.QuoteInfo q, Map<String, String> strings) {
        return new RateCard.Quoted(intern(q.role(), strings), intern(q.roleId(), strings), intern(q.level(), strings),
                intern(q.levelId(), strings), q.levelRank(), intern(q.location(), strings), intern(q.locationId(), strings),
                q.billRate().low(), q.billRate().high(), q.recommendedBase().low(), q.recommendedBase().high());
    }

    private static String intern(String s, Map<String, String> strings) {
        return s == null ? null : strings.computeIfAbsent(s, k -> k);
    }
}
