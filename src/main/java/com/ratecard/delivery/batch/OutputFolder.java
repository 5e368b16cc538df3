package com.ratecard.delivery.batch;

import com.ratecard.delivery.SafeNames;
import com.ratecard.delivery.manifest.WrittenFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * A run's output folder: where the relative paths of listed files lead, whether those files are
 * still exactly as written, and whether the batch may write a path at all: only where nothing is,
 * or where ratecard itself left a file that nobody changed since. Immutable, so safe from the
 * rendering and writing threads.
 */
final class OutputFolder {
    private final Path root;
    private final ManifestStore.Previous previous;

    /** @param root the output folder, absolute and normalized */
    OutputFolder(Path root, ManifestStore.Previous previous) {
        this.root = root;
        this.previous = previous;
    }

    Path root() {
        return root;
    }

    /** The file at {@code relative} inside the folder; throws when the path would leave it or pass a link. */
    Path inside(String relative) {
        return SafeNames.inside(root, relative);
    }

    /** Every file present inside the output folder with the recorded size and SHA-256. */
    boolean intact(List<WrittenFile> files) {
        if (files.isEmpty()) return false;
        for (WrittenFile file : files) if (!intact(file)) return false;
        return true;
    }

    boolean intact(WrittenFile file) {
        return file.intactIn(root);
    }

    /**
     * Null when the batch may write {@code relative}: nothing is there, or an earlier run recorded
     * the file and it is unchanged (or a killed run was writing it). Otherwise why not, in one line.
     */
    String refusal(String relative) {
        Path path;
        try {
            path = inside(relative);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return null;
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return relative + " exists and is not a file ratecard wrote; kept (move it away to let the batch write it)";
        }
        WrittenFile recorded = previous.owned().get(relative);
        if (recorded != null && intact(recorded)) return null;
        if (recorded == null && previous.claimed().contains(relative)) return null;
        if (recorded != null) {
            return relative + " was changed since ratecard wrote it; kept (rename or delete it to let the batch write it again)";
        }
        return relative + " exists and nothing records ratecard writing it (made by generate, by hand, or the record was lost"
                + (previous.damaged().isEmpty() ? "" : ": " + String.join(", ", previous.damaged())) + "); kept (move it away, or use"
                + " another --out)";
    }
}
