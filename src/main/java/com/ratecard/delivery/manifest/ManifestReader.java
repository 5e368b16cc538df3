package com.ratecard.delivery.manifest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.ratecard.data.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads {@code manifest.json}: whole and strictly for {@code send} (every problem an
 * {@link InputException} naming the field, e.g. {@code entries[3].files[0].sha256}), or as a
 * tolerant stream for the next batch run (a damaged manifest is only a lost cache there).
 */
public final class ManifestReader {
    public static final String FILE_NAME = "manifest.json";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ManifestReader() {}

    /** What a tolerant scan hands over. */
    public interface Visitor {
        default void entry(Manifest.Entry entry) {}

        default void client(Manifest.Client client) {}

        default void stale(WrittenFile file) {}

        default void summary(WrittenFile file) {}
    }

    /** The whole manifest, for tests and tools; no checks beyond the JSON mapping. */
    public static Manifest read(Path file) throws IOException {
        return ManifestJson.MAPPER.readValue(file.toFile(), Manifest.class);
    }

    /** {@code out/manifest.json}, checked as send needs it; an {@link InputException} (exit 2) when missing or malformed. */
    public static Manifest forSending(Path out) {
        Path file = out.resolve(FILE_NAME);
        Manifest manifest;
        try {
            byte[] bytes = Files.readAllBytes(file);
            var tree = ManifestJson.MAPPER.readTree(bytes);
            if (tree == null || !tree.isObject()) throw error(file, "", "not a JSON object; expected the batch manifest");
            int version = tree.path("version").asInt(0);
            if (version != Manifest.VERSION) {
                throw error(file, "version", "is " + tree.path("version") + "; this ratecard reads manifest version " + Manifest.VERSION
                        + " (run the batch again to write it)");
            }
            manifest = ManifestJson.MAPPER.treeToValue(tree, Manifest.class);
        } catch (NoSuchFileException e) {
            throw new InputException("manifest", file + " not found; expected the manifest written by \"ratecard batch\" in " + out);
        } catch (JsonMappingException e) {
            throw error(file, path(e), problem(e));
        } catch (JsonProcessingException e) {
            throw new InputException("manifest", file + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InputException("manifest", file + ": unreadable (" + e.getMessage() + ")");
        }
        check(file, manifest);
        return manifest;
    }

    private static void check(Path file, Manifest manifest) {
        for (int i = 0; i < manifest.entries().size(); i++) {
            Manifest.Entry e = manifest.entries().get(i);
            String where = "entries[" + i + "]";
            if (e == null) throw error(file, where, "null; expected an entry");
            if (e.status() == null) throw error(file, where + ".status", "missing; expected ok, skipped or failed");
            if (e.opening() == null) throw error(file, where + ".opening", "missing; expected the opening as read");
            files(file, where, e.files());
            if (e.delivered()) {
                if (e.files().isEmpty()) throw error(file, where + ".files", "empty for a row with status " + e.status().id()
                        + "; expected its deliverables");
                if (blank(e.clientFolder())) throw error(file, where + ".clientFolder", "missing; expected the client's folder");
                if (blank(e.clientId())) throw error(file, where + ".clientId", "missing; expected the client's identity");
            }
        }
        for (int i = 0; i < manifest.clients().size(); i++) {
            Manifest.Client c = manifest.clients().get(i);
            String where = "clients[" + i + "]";
            if (c == null) throw error(file, where, "null; expected a client");
            if (blank(c.clientId())) throw error(file, where + ".clientId", "missing; expected the client's identity");
            if (blank(c.folder())) throw error(file, where + ".folder", "missing; expected the client's folder");
            files(file, where, c.files());
        }
    }

    private static void files(Path file, String where, List<WrittenFile> files) {
        for (int j = 0; j < files.size(); j++) {
            WrittenFile f = files.get(j);
            String at = where + ".files[" + j + "]";
            if (f == null || blank(f.path())) throw error(file, at + ".path", "missing; expected a path relative to the output folder");
            if (f.sha256() == null || !SHA256.matcher(f.sha256()).matches()) {
                throw error(file, at + ".sha256", "\"" + f.sha256() + "\"; expected 64 lower-case hex digits");
            }
            if (f.size() < 0) throw error(file, at + ".size", "negative; expected the file's size in bytes");
            if (blank(f.format())) throw error(file, at + ".format", "missing; expected the file's format");
        }
    }

    /** What a scan found: the manifest's inputPath (null if unknown), and what was wrong with it (null when nothing). */
    public record Scan(String inputPath, String problem) {}

    /**
     * Streams a manifest's entries, clients, summary and stale files to {@code visitor}, tolerating
     * damage: what could be read before a problem is kept, and the problem is returned.
     */
    public static Scan scan(Path file, Visitor visitor) {
        if (!Files.isRegularFile(file)) return new Scan(null, null);
        String input = null;
        try (JsonParser parser = ManifestJson.MAPPER.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return new Scan(null, "not a JSON object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("inputPath") && value == JsonToken.VALUE_STRING) {
                    input = parser.getText();
                } else if (field.equals("entries") && value == JsonToken.START_ARRAY) {
                    each(parser, Manifest.Entry.class, visitor::entry);
                } else if (field.equals("clients") && value == JsonToken.START_ARRAY) {
                    each(parser, Manifest.Client.class, visitor::client);
                } else if (field.equals("summary") && value == JsonToken.START_OBJECT) {
                    WrittenFile summary = ManifestJson.MAPPER.readValue(parser, WrittenFile.class);
                    if (summary != null) visitor.summary(summary);
                } else if (field.equals("stale") && value == JsonToken.START_ARRAY) {
                    each(parser, WrittenFile.class, visitor::stale);
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // damaged or hand-edited: what it described is redone
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return new Scan(input, message);
        }
        return new Scan(input, null);
    }

    private static <T> void each(JsonParser parser, Class<T> type, Consumer<T> consumer) throws IOException {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            T value = ManifestJson.MAPPER.readValue(parser, type);
            if (value != null) consumer.accept(value);
        }
    }

    /** Jackson's location of a mapping problem as {@code entries[3].files[0].size}. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) out.append('.');
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String problem(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) return cause.getMessage();
        String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        return message.lines().findFirst().orElse(message) + "; expected the batch manifest's shape";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static InputException error(Path file, String field, String problem) {
        return new InputException("manifest", file + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
    }
}
