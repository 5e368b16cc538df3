package com.ratecard.delivery.manifest;

import com.ratecard.render.Audience;

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
}
