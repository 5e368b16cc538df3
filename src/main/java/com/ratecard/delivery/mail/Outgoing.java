package com.ratecard.delivery.mail;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.WrittenFile;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One planned message: recipients, the openings it presents and the files it carries, all of one
 * client ({@code clientId}). The dedupe key is SHA-256 of the recipient and the sorted SHA-256s of
 * the attachments, so the same deliverables to the same person always have the same key (and the
 * same Message-ID). {@code zipEntries}: the names a zip attached to this message may hold (the
 * client's own client files), checked before it is sent.
 */
public record Outgoing(String label, String clientId, String clientFolder, String client, SendOptions.Per per, List<Integer> rows,
                       InternetAddress from, InternetAddress replyTo, InternetAddress to, List<InternetAddress> cc,
                       List<InternetAddress> bcc, List<Manifest.Entry> entries, List<WrittenFile> attachments, Set<String> zipEntries,
                       String accountManager, String accountManagerEmail) {
    public Outgoing {
        rows = List.copyOf(rows);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        entries = List.copyOf(entries);
        attachments = List.copyOf(attachments);
        zipEntries = Set.copyOf(zipEntries);
    }

    public String recipient() {
        return HeaderGuard.key(to);
    }

    public String key() {
        List<String> hashes = new ArrayList<>();
        for (WrittenFile f : attachments) hashes.add(f.sha256());
        hashes.sort(null);
        var sha = AtomicFiles.sha256();
        sha.update(recipient().getBytes(StandardCharsets.UTF_8));
        for (String h : hashes) sha.update(("\n" + h).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A Message-ID derived from the key: a resend of the same message is recognisable as one. */
    public String messageId() {
        String address = from.getAddress();
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return "<" + key().substring(0, 40) + ".ratecard@" + domain + ">";
    }

    /** Every envelope recipient: to, cc and bcc, without repeats. */
    public List<InternetAddress> allRecipients() {
        List<InternetAddress> all = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<InternetAddress> every = new ArrayList<>(List.of(to));
        every.addAll(cc);
        every.addAll(bcc);
        for (InternetAddress a : every) {
            if (!seen.contains(HeaderGuard.key(a))) {
                seen.add(HeaderGuard.key(a));
                all.add(a);
            }
        }
        return all;
    }
}
