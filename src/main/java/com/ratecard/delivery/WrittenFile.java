package com.ratecard.delivery;

import com.ratecard.render.Audience;

/**
 * A deliverable on disk: its path relative to the output folder, format, audience, size and
 * SHA-256 (hex). Only {@link Audience#CLIENT} files are ever attached to a client's email or put
 * in a client's zip; a file whose audience is missing counts as internal.
 */
public record WrittenFile(String path, String format, Audience audience, long size, String sha256) {
    public boolean forClient() {
        return audience == Audience.CLIENT;
    }
}
