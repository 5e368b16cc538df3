package com.ratecard.delivery.batch;

import com.ratecard.delivery.WrittenFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes files that earlier runs over the same input wrote and this run no longer lists (a row
 * whose role changed leaves its old file otherwise), only when they are still exactly what was
 * written. Files of other inputs sharing the folder are never touched.
 */
final class StaleOutputs {
    private StaleOutputs() {
    }

    /**
     * @param input the run's input, absolute and normalized, as the journal records it
     * @return how many files were removed
     */
    static int remove(OutputFolder output, ManifestStore.Previous previous, Manifest manifest, String input) {
        Set<String> current = new HashSet<>();
        manifest.allFiles().forEach(f -> current.add(f.path()));
        Map<String, WrittenFile> candidates = new LinkedHashMap<>();
        previous.rows().values().stream().filter(k -> input.equals(k.input()))
                .forEach(k -> k.files().forEach(f -> candidates.putIfAbsent(f.path(), f)));
        previous.clients().forEach((folder, c) -> {
            if (input.equals(previous.clientInputs().get(folder))) c.files().forEach(f -> candidates.putIfAbsent(f.path(), f));
        });
        int removed = 0;
        for (WrittenFile file : candidates.values()) {
            if (current.contains(file.path())) continue;
            try {
                Path path = output.inside(file.path());
                if (Files.isRegularFile(path) && output.intact(List.of(file)) && Files.deleteIfExists(path)) removed++;
            } catch (IOException | RuntimeException e) {
                // leave it: removing stale files is a courtesy
            }
        }
        return removed;
    }
}
