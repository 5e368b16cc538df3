package com.ratecard.web;

import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.web.view.FileView;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Files handed to the browser come only from the output folder: a relative path of plain
 * segments (no "..", no hidden file such as the batch's lock or journal, no backslash), every
 * step of which is a real folder or file, never a symbolic link; only regular files (no folder
 * is ever listed). Downloads are attachments, typed by their extension.
 */
final class Downloads {
    static final String PREFIX = "/files/";
    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zip", "application/zip",
            "json", "application/json", "eml", "message/rfc822", "png", "image/png", "csv", "text/csv; charset=utf-8",
            "yaml", "text/plain; charset=utf-8", "yml", "text/plain; charset=utf-8");

    private final Path out;

    Downloads(Path out) {
        this.out = out;
    }

    /** The file at {@code relative} if it may be handed out. */
    Optional<Path> find(String relative) {
        if (relative == null || relative.isEmpty() || relative.length() > 1000 || relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path at = out;
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".") || segment.indexOf(':') >= 0) return Optional.empty();
            at = at.resolve(segment);
            if (Files.isSymbolicLink(at)) return Optional.empty();
        }
        Path file = at.normalize();
        if (!file.startsWith(out) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        return Optional.of(file);
    }

    /** GET /files/<path>: the file as an attachment, or 404 (the same for "missing" and "not allowed"). */
    void serve(Context ctx) {
        String relative = ctx.path().substring(PREFIX.length());
        relative = java.net.URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path file = find(relative).orElseThrow(() -> new NotFoundResponse("no such file in the output folder"));
        String name = file.getFileName().toString();
        ctx.contentType(type(name));
        ctx.header("Content-Disposition", disposition(name));
        try {
            ctx.header("Content-Length", Long.toString(Files.size(file)));
            ctx.result(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String type(String name) {
        return TYPES.getOrDefault(extension(name), "application/octet-stream");
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** An ASCII fallback name and the exact one (RFC 6266 / 5987). */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The link that downloads a file (relative to the output folder). */
    static String url(String relative) {
        StringBuilder url = new StringBuilder(PREFIX);
        String[] segments = relative.split("/");
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) url.append('/');
            url.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return url.toString();
    }

    /** A written file as a download, its path relative to this folder (prefixed by the run's folder). */
    static FileView view(String prefix, WrittenFile file) {
        String relative = prefix.isEmpty() ? file.path() : prefix + "/" + file.path();
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return new FileView(name, relative, url(relative), file.format(), size(file.size()));
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
