package com.ratecard.delivery.mail;

import com.ratecard.delivery.manifest.WrittenFile;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A deliverable read from disk and checked against the manifest: the bytes that will be sent. */
public record Attachment(WrittenFile file, String fileName, String mimeType, byte[] bytes) {
    /** The formats a client may receive, with their MIME types; anything else is never attached. */
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "zip", "application/zip");

    /** Formats a client deliverable can have. */
    public static Set<String> clientFormats() {
        return TYPES.keySet();
    }

    /** The MIME type for a client format; application/octet-stream when unknown. */
    public static String mimeType(String format) {
        return TYPES.getOrDefault(format == null ? "" : format.toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
