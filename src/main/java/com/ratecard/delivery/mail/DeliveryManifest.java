package com.ratecard.delivery.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ratecard.data.InputException;
import com.ratecard.delivery.WrittenFile;
import com.ratecard.render.Audience;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code out/manifest.json} as written by the batch command, read with the tree model so that only
 * the fields the mail step relies on matter. Unknown fields are ignored; missing required ones are
 * reported with the entry's row. Only client deliverables are read as an entry's or a client's
 * files: internal files (audience internal or none) never reach a message.
 */
public record DeliveryManifest(Path file, int version, String brand, List<Entry> entries, List<Client> clients) {
    public static final String FILE_NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public DeliveryManifest {
        entries = List.copyOf(entries);
        clients = List.copyOf(clients);
    }

    /** One row of the batch. status is "ok", "skipped" or "failed"; quote is null for failed rows. */
    public record Entry(int row, String status, String reason, String clientFolder, OpeningInfo opening, QuoteInfo quote,
                        List<WrittenFile> files) {
        public Entry {
            files = List.copyOf(files);
        }

        /** ok and skipped rows have deliverables on disk; failed rows do not. */
        public boolean delivered() {
            return "ok".equals(status) || "skipped".equals(status);
        }

        /** Delivered, with something for the client: a row of internal files only has nothing to send. */
        public boolean sendable() {
            return delivered() && !files.isEmpty();
        }
    }

    /** What the account manager typed; any field but client and role may be null. */
    public record OpeningInfo(String client, String contactName, String contactEmail, String role, String level,
                              String location, String engagement, String accountManager, String accountManagerEmail) {}

    /** The headline figures; any range and the verdict may be null. */
    public record QuoteInfo(String role, String level, String location, Range recommendedBase, Range totalComp, Range payRate,
                            Range billRate, String verdict) {}

    public record Range(double low, double high) {}

    /** A client's own files (a summary, the zip of everything). */
    public record Client(String client, String folder, String contactEmail, List<WrittenFile> files) {
        public Client {
            files = List.copyOf(files);
        }

        public WrittenFile zip() {
            return files.stream().filter(f -> "zip".equals(f.format())).findFirst().orElse(null);
        }
    }

    /** Reads {@code out/manifest.json}; InputException (exit 2) when missing or malformed. */
    public static DeliveryManifest read(Path out) {
        Path file = out.resolve(FILE_NAME);
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new InputException("manifest", file + " not found; expected the manifest written by \"ratecard batch\" in " + out);
        } catch (JsonProcessingException e) {
            throw new InputException("manifest", file + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InputException("manifest", file + ": unreadable (" + e.getMessage() + ")");
        }
        Reader reader = new Reader(file);
        if (root == null || !root.isObject()) throw reader.error("", "not a JSON object; expected the batch manifest");
        int version = root.path("version").asInt(0);
        if (version != 1) throw reader.error("version", "is " + root.path("version") + "; this ratecard reads manifest version 1");
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("entries")) entries.add(reader.entry(node, index++));
        List<Client> clients = new ArrayList<>();
        index = 0;
        for (JsonNode node : root.path("clients")) clients.add(reader.client(node, index++));
        return new DeliveryManifest(file, version, text(root, "brand"), entries, clients);
    }

    /** The client folder's entry in "clients", or null. */
    public Client client(String folder) {
        return clients.stream().filter(c -> c.folder() != null && c.folder().equals(folder)).findFirst().orElse(null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) return null;
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static final class Reader {
        private final Path file;

        Reader(Path file) {
            this.file = file;
        }

        Entry entry(JsonNode node, int index) {
            String where = "entries[" + index + "]";
            int row = node.path("row").asInt(index + 2);
            String status = text(node, "status");
            if (status == null) throw error(where + ".status", "missing; expected ok, skipped or failed");
            status = status.toLowerCase(Locale.ROOT);
            if (!List.of("ok", "skipped", "failed").contains(status)) {
                throw error(where + ".status", "\"" + status + "\"; expected ok, skipped or failed");
            }
            JsonNode o = node.path("opening");
            OpeningInfo opening = new OpeningInfo(text(o, "client"), text(o, "contactName"), text(o, "contactEmail"), text(o, "role"),
                    text(o, "level"), text(o, "location"), text(o, "engagement"), text(o, "accountManager"),
                    text(o, "accountManagerEmail"));
            JsonNode q = node.path("quote");
            QuoteInfo quote = q.isObject() ? new QuoteInfo(text(q, "role"), text(q, "level"), text(q, "location"),
                    range(q, "recommendedBase"), range(q, "totalComp"), range(q, "payRate"), range(q, "billRate"), text(q, "verdict")) : null;
            List<WrittenFile> files = files(node.path("files"), where);
            String folder = text(node, "clientFolder");
            boolean sendable = "ok".equals(status) || "skipped".equals(status);
            if (sendable && node.path("files").isEmpty()) {
                throw error(where + ".files", "empty for a row with status " + status + "; expected its deliverables");
            }
            if (sendable && folder == null) throw error(where + ".clientFolder", "missing; expected the client's folder");
            return new Entry(row, status, text(node, "reason"), folder, opening, quote, files);
        }

        Client client(JsonNode node, int index) {
            String where = "clients[" + index + "]";
            return new Client(text(node, "client"), text(node, "folder"), text(node, "contactEmail"), files(node.path("files"), where));
        }

        private List<WrittenFile> files(JsonNode array, String where) {
            List<WrittenFile> files = new ArrayList<>();
            int index = 0;
            for (JsonNode f : array) {
                String at = where + ".files[" + index++ + "]";
                String path = text(f, "path");
                if (path == null) throw error(at + ".path", "missing; expected a path relative to the output folder");
                String sha = text(f, "sha256");
                if (sha == null || !SHA256.matcher(sha.toLowerCase(Locale.ROOT)).matches()) {
                    throw error(at + ".sha256", "\"" + sha + "\"; expected 64 hex digits");
                }
                if (!f.path("size").canConvertToLong() || f.path("size").asLong() < 0) {
                    throw error(at + ".size", "missing or negative; expected the file's size in bytes");
                }
                String format = text(f, "format");
                if (format == null) {
                    int dot = path.lastIndexOf('.');
                    format = dot < 0 ? "" : path.substring(dot + 1);
                }
                WrittenFile file = new WrittenFile(path, format.toLowerCase(Locale.ROOT), Audience.of(text(f, "audience")),
                        f.path("size").asLong(), sha.toLowerCase(Locale.ROOT));
                // Send sees only client deliverables: a deal sheet, the quote JSON or a file without an
                // audience (internal) is never attached or zipped for a client.
                if (file.forClient()) files.add(file);
            }
            return files;
        }

        private static Range range(JsonNode quote, String field) {
            JsonNode r = quote.path(field);
            if (!r.isObject() || !r.path("low").isNumber() || !r.path("high").isNumber()) return null;
            return new Range(r.path("low").asDouble(), r.path("high").asDouble());
        }

        InputException error(String field, String problem) {
            return new InputException("manifest", file + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
        }
    }
}
