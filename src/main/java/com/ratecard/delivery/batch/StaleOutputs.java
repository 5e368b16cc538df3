package com.ratecard.delivery.batch;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.render.Audience;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Files earlier runs wrote in this folder that this run no longer lists (a row whose role changed,
 * a format of an outdated row, a client that left the input): kept and listed in the manifest's
 * {@code stale}, so that they stay the batch's own, and deleted only with {@code --prune}, only
 * when they are still exactly what was written. A file somebody changed is never touched.
 */
final class StaleOutputs {
    /** What was found: the files kept (listed as stale) and how many were removed. */
    record Outcome(List<WrittenFile> kept, int removed) {}

    private StaleOutputs() {}

    /** @param current every path the new manifest lists */
    static Outcome handle(OutputFolder output, ManifestStore.Previous previous, Set<String> current, boolean prune) {
        TreeMap<String, WrittenFile> candidates = new TreeMap<>();
        previous.owned().forEach((path, file) -> {
            if (!current.contains(path) && output.intact(file)) candidates.put(path, file);
        });
        for (String path : previous.claimed()) {
            if (current.contains(path) || candidates.containsKey(path) || previous.owned().containsKey(path)) continue;
            WrittenFile claimed = claimedFile(output, path);
            if (claimed != null) candidates.put(path, claimed);
        }
        List<WrittenFile> kept = new ArrayList<>();
        int removed = 0;
        for (WrittenFile file : candidates.values()) {
            if (!prune) {
                kept.add(file);
                continue;
            }
            try {
                if (Files.deleteIfExists(output.inside(file.path()))) removed++;
            } catch (IOException | RuntimeException e) {
                kept.add(file); // still there, still ours
            }
        }
        return new Outcome(kept, removed);
    }

    /** A file a killed run was writing (claimed, never recorded): as it is on disk now. */
    private static WrittenFile claimedFile(OutputFolder output, String path) {
        try {
            Path file = output.inside(path);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
            AtomicFiles.Digest digest = AtomicFiles.digest(file);
            String name = file.getFileName().toString();
            String format = name.substring(name.lastIndexOf('.') + 1);
            return new WrittenFile(path, format, Audience.INTERNAL, digest.size(), digest.sha256());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
