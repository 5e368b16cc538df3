package com.ratecard.delivery.manifest;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.SafeNames;
import com.ratecard.render.Audience;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A file ratecard wrote: its path relative to the output folder, its format, who it is for, its
 * size and SHA-256 (hex). Only {@link Audience#CLIENT} files are ever sent to a client; a file whose
 * audience is missing counts as internal.
 */
public record WrittenFile(String path, String format, Audience audience, long size, String sha256) {
    public boolean forClient() {
        return audience == Audience.CLIENT;
    }

    /** The last segment of the path: the name a zip entry or an attachment gets. */
    public String fileName() {
        String name = path.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /**
     * Whether the file is still as written: inside {@code out} (no link followed), a regular file
     * of the recorded size and SHA-256.
     */
    public boolean intactIn(Path out) {
        try {
            Path file = SafeNames.inside(out, path);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != size) return false;
            return AtomicFiles.digest(file).sha256().equals(sha256);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
