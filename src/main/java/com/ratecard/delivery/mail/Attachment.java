package com.ratecard.delivery.mail;

import com.ratecard.delivery.WrittenFile;
import java.util.Locale;
import java.util.Map;

/** A deliverable read from disk and checked against the manifest: the bytes that will be sent. */
public record Attachment(WrittenFile file, String fileName, String mimeType, byte[] bytes) {
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "zip", "application/zip",
            "csv", "text/csv",
            "json", "application/json",
            "txt", "text/plain",
            "html", "text/html");

    /** The MIME type for a manifest format (or a file extension); application/octet-stream when unknown. */
    public static String mimeType(String formatOrExtension) {
        return TYPES.getOrDefault(formatOrExtension == null ? "" : formatOrExtension.toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    /** The last segment of a manifest path. */
    public static String fileName(String path) {
        String name = path.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
