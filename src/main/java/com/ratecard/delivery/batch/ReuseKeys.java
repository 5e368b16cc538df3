package com.ratecard.delivery.batch;

import com.ratecard.render.ratecard.RateCard;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.WrittenFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 keys under which a run records what it wrote, so that a later run reuses a row's or a
 * client's files only when everything they were made from is the same. Immutable, so thread-safe.
 */
final class ReuseKeys {
    private final String fingerprint;
    private final boolean zip;

    /**
     * @param fingerprint the run's {@link Fingerprint}
     * @param zip         whether clients get a zip (it changes what a client's files are)
     */
    ReuseKeys(String fingerprint, boolean zip) {
        this.fingerprint = fingerprint;
        this.zip = zip;
    }

    /** SHA-256 of the run's fingerprint, the row's output name and its normalized fields. */
    String row(String outputName, Manifest.OpeningInfo opening) {
        try {
            MessageDigest sha = AtomicFiles.sha256();
            sha.update((fingerprint + "\n" + outputName + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(ManifestStore.JSON.writeValueAsBytes(opening));
            return HexFormat.of().formatHex(sha.digest());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of a row's raw cells: the key of a row that failed before its fields were normalized. */
    static String rawRow(SourceRow row) {
        MessageDigest sha = AtomicFiles.sha256();
        row.raw().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sha.update((e.getKey() + "=" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** SHA-256 of what a client's rate card (and zip) shows: its lines and its openings' files. */
    String client(RateCard card, List<Manifest.Entry> own) {
        MessageDigest sha = AtomicFiles.sha256();
        StringBuilder text = new StringBuilder("client/1\n").append(fingerprint).append('\n')
                .append(zip).append('\n').append(card.client()).append('\n');
        for (RateCard.Line line : card.lines()) text.append(line).append('\n');
        for (Manifest.Entry e : own) {
            for (WrittenFile f : e.files()) text.append(f.path()).append(' ').append(f.sha256()).append('\n');
        }
        sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }
}
