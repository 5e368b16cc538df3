package com.ratecard.delivery.batch;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.SafeNames;
import com.ratecard.delivery.WrittenFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A run's output folder: where the relative paths of listed files lead, and whether those files are
 * still exactly as written. Immutable, so safe from the rendering and writing threads.
 */
final class OutputFolder {
    private final Path root;

    /** @param root the output folder, absolute and normalized */
    OutputFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The file at {@code relative} inside the folder; throws when the path would leave it. */
    Path inside(String relative) {
        return SafeNames.inside(root, relative);
    }

    /** Every file present inside the output folder with the recorded size and SHA-256. */
    boolean intact(List<WrittenFile> files) {
        try {
            for (WrittenFile file : files) {
                Path path = inside(file.path());
                if (!Files.isRegularFile(path) || Files.size(path) != file.size()) return false;
                if (!AtomicFiles.digest(path).sha256().equals(file.sha256())) return false;
            }
            return !files.isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
