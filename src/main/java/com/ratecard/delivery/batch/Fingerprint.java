package com.ratecard.delivery.batch;

import com.ratecard.delivery.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * What a batch run's outputs depend on besides the rows themselves: every file of the salary data
 * folder, every file of the templates folder (of the brands, only the chosen one's; not the web app's
 * pages), the brand id and the renderers' version. Not the formats asked for: each file records its
 * own format, so a run with other formats keeps the files of the formats it did not ask for. A row
 * is redone when its fingerprint changed.
 */
public final class Fingerprint {
    private Fingerprint() {}

    /**
     * @param rendererVersion what identifies the renderers' code (e.g. class names and the application
     *                        version): a new version of a renderer redoes everything
     */
    public static String of(Path dataDir, Path templatesDir, String brandId, String rendererVersion) {
        MessageDigest sha = AtomicFiles.sha256();
        update(sha, "ratecard-batch-fingerprint/2");
        update(sha, "brand=" + brandId);
        update(sha, "renderers=" + rendererVersion);
        folder(sha, "data", dataDir, null);
        folder(sha, "templates", templatesDir, brandId);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void folder(MessageDigest sha, String label, Path dir, String brandId) {
        if (dir == null || !Files.isDirectory(dir)) {
            update(sha, label + ": none");
            return;
        }
        Path brands = dir.resolve("brands");
        Path web = dir.resolve("web");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = dir.relativize(file);
                if (brandId != null && file.startsWith(brands) && relative.getNameCount() > 2
                        && !relative.getName(1).toString().equals(brandId)) continue; // another brand's folder
                if (brandId != null && file.startsWith(web)) continue; // the web app's pages: no deliverable shows them
                AtomicFiles.Digest digest = AtomicFiles.digest(file);
                update(sha, label + "/" + relative.toString().replace('\\', '/') + " " + digest.size() + " " + digest.sha256());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + " for the batch fingerprint: " + e.getMessage(), e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
