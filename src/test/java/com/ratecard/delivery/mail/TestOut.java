package com.ratecard.delivery.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.ClientIdentity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds a batch output folder for tests: deliverable files with real bytes and a manifest.json listing them. */
final class TestOut {
    static final ObjectMapper JSON = new ObjectMapper();

    final Path out;
    private final ObjectNode manifest = JSON.createObjectNode();
    private final ArrayNode entries;
    private final ArrayNode clients;
    private final Map<String, List<String>> folderFiles = new LinkedHashMap<>();
    private final Random random = new Random(42);

    TestOut(Path out) {
        this.out = out;
        manifest.put("version", 2).put("generatedAt", "2026-11-29T10:00:00Z").put("input", "samples/openings.csv").put("brand", "northbeam");
        manifest.putArray("formats").add("xlsx").add("pdf");
        entries = manifest.putArray("entries");
        clients = manifest.putArray("clients");
    }

    /** A written folder with one ok opening per group of (client, contact name, contact email, role), rows from 2. */
    static TestOut of(Path out, String... fields) {
        TestOut t = new TestOut(out);
        for (int i = 0; i + 3 < fields.length; i += 4) t.opening(2 + i / 4, fields[i], fields[i + 1], fields[i + 2], fields[i + 3]);
        return t.write();
    }

    /** An ok opening with a PDF and a workbook under the client's folder. */
    ObjectNode opening(int row, String client, String contactName, String contactEmail, String role) {
        return opening(row, client, contactName, contactEmail, role, "mlops-senior-" + row);
    }

    ObjectNode opening(int row, String client, String contactName, String contactEmail, String role, String baseName) {
        ClientIdentity id = ClientIdentity.of(client, null);
        String folder = id.folder();
        ObjectNode e = entries.addObject();
        e.put("row", row).put("status", "ok").putNull("reason").put("clientId", id.id()).put("clientFolder", folder);
        ObjectNode o = e.putObject("opening");
        o.put("client", client).put("contactName", contactName).put("contactEmail", contactEmail).put("role", role).put("level", "senior")
                .put("location", "San Diego").put("engagement", "direct-hire").put("budget", 165000)
                .put("accountManager", "Priya Natarajan").put("accountManagerEmail", "priya@northbeam.example").putNull("notes");
        o.putArray("skills").add("LLM deployment");
        ObjectNode q = e.putObject("quote");
        q.put("role", "MLOps Engineer").put("level", "Senior").put("location", "Southern California (LA, OC, SD)");
        q.putObject("recommendedBase").put("low", 235550).put("high", 297000);
        q.putObject("totalComp").put("low", 270883).put("high", 341550);
        q.putObject("payRate").put("low", 135.89).put("high", 171.35);
        q.putObject("billRate").put("low", 190.25).put("high", 239.89);
        q.put("verdict", "below floor");
        ArrayNode files = e.putArray("files");
        files.add(file(folder + "/" + baseName + ".xlsx", "xlsx", "PK\u0003\u0004"));
        files.add(file(folder + "/" + baseName + ".pdf", "pdf", "%PDF-1.4\n"));
        e.put("millis", 42);
        return e;
    }

    /** A row the batch could not price. */
    ObjectNode failed(int row, String client, String reason) {
        ObjectNode e = entries.addObject();
        ClientIdentity id = ClientIdentity.of(client, null);
        e.put("row", row).put("status", "failed").put("reason", reason).put("clientId", id.id()).put("clientFolder", id.folder());
        e.putObject("opening").put("client", client).put("contactName", "Someone").put("contactEmail", "someone@failed.example").put("role", "Wizard");
        e.putNull("quote");
        e.putArray("files");
        return e;
    }

    /** The client's entry in "clients", with a zip of its folder when asked. */
    ObjectNode client(String client, String contactEmail, boolean zip) {
        ClientIdentity id = ClientIdentity.of(client, null);
        String folder = id.folder();
        ObjectNode c = clients.addObject();
        c.put("client", client).put("clientId", id.id()).put("folder", folder).put("contactEmail", contactEmail);
        ArrayNode files = c.putArray("files");
        if (zip) {
            Path target = out.resolve(folder + ".zip");
            try (OutputStream stream = Files.newOutputStream(target); ZipOutputStream z = new ZipOutputStream(stream)) {
                for (String path : folderFiles.getOrDefault(folder, List.of())) {
                    z.putNextEntry(new ZipEntry(path.substring(path.lastIndexOf('/') + 1)));
                    z.write(Files.readAllBytes(out.resolve(path)));
                    z.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(describe(folder + ".zip", "zip"));
        }
        return c;
    }

    /** Adds a client-level file (such as a rate-card summary) to a "clients" entry. */
    void clientFile(ObjectNode client, String path, String format) {
        ((ArrayNode) client.path("files")).add(file(path, format, "%PDF-1.4\n"));
    }

    private ObjectNode file(String path, String format, String magic) {
        byte[] body = new byte[2000 + random.nextInt(3000)];
        random.nextBytes(body);
        byte[] head = magic.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, body, 0, head.length);
        try {
            Path target = out.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        folderFiles.computeIfAbsent(path.substring(0, path.indexOf('/')), k -> new ArrayList<>()).add(path);
        return describe(path, format);
    }

    private ObjectNode describe(String path, String format) {
        try {
            AtomicFiles.Digest d = AtomicFiles.digest(out.resolve(path));
            ObjectNode f = JSON.createObjectNode();
            f.put("path", path).put("format", format).put("audience", "json".equals(format) ? "internal" : "client").put("size", d.size())
                    .put("sha256", d.sha256());
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a deliverable with new bytes and updates its size and hash in the manifest (a regenerated file). */
    void regenerate(String path) throws IOException {
        byte[] body = Files.readAllBytes(out.resolve(path));
        body[body.length - 1] ^= 0x5A;
        Files.write(out.resolve(path), body);
        for (var e : entries) {
            for (var f : e.path("files")) {
                if (f.path("path").asText().equals(path)) {
                    AtomicFiles.Digest d = AtomicFiles.digest(out.resolve(path));
                    ((ObjectNode) f).put("size", d.size()).put("sha256", d.sha256());
                }
            }
        }
        write();
    }

    ObjectNode manifest() {
        return manifest;
    }

    TestOut write() {
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("manifest.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Bytes of a deliverable, for byte-for-byte comparison. */
    byte[] bytes(String path) throws IOException {
        return Files.readAllBytes(out.resolve(path));
    }
}
