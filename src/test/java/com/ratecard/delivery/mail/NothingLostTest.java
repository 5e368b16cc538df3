package com.ratecard.delivery.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ratecard.delivery.RunLock;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.ManifestReader;
import com.ratecard.delivery.manifest.WrittenFile;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command deletes or overwrites what it did not write for the same row in the same folder:
 * formats add up, stale files wait for --prune, generate keeps out of a batch's folder, send only
 * ever attaches client deliverables, links inside the folder are never followed, one lock.
 */
class NothingLostTest {
    @TempDir
    Path dir;

    private static final String OPENING = "samples/acme-senior-mlops-san-diego.yaml";

    private Path csv() throws Exception {
        return Files.write(dir.resolve("openings.csv"), List.of("client,contact_email,role,level,location,budget",
                "Acme Robotics,dana@acme.example,MLOps Engineer,senior,San Diego,165000",
                "Helix Health,marcus@helix.example,Data Engineer,mid,Chicago,120000"));
    }

    private static Map<String, byte[]> snapshot(Path out) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(out.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }

    private static List<String> attachmentNames(Path outbox) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path eml : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                try (InputStream in = Files.newInputStream(eml)) {
                    MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
                    for (var a : Mails.parse(m).attachments()) names.add(a.getFileName());
                }
            }
        }
        return names.stream().sorted().toList();
    }

    @Test
    void formatsAddUpAndSendNeverAttachesTheQuoteJson() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("batch", csv().toString(), "--out", out.toString(), "--format", "xlsx,pdf", "--quiet").exit());
        Map<String, byte[]> before = snapshot(out);
        Cli json = Cli.run("batch", csv().toString(), "--out", out.toString(), "--format", "json");
        assertEquals(0, json.exit(), json.toString());
        assertFalse(json.out().contains("removed") || json.out().contains("pruned"), json.out());
        for (String path : before.keySet()) {
            if (path.endsWith(".xlsx") && !path.equals("summary.xlsx") || path.endsWith(".pdf")) {
                assertArrayEquals(before.get(path), Files.readAllBytes(out.resolve(path)), path + " kept as it was");
            }
        }
        Manifest m = ManifestReader.forSending(out);
        for (Manifest.Entry e : m.entries()) {
            assertEquals(List.of("json", "xlsx", "pdf"), e.files().stream().map(WrittenFile::format).toList(), "formats add up");
        }
        assertEquals(List.of(), m.stale());

        Cli dry = Cli.run("send", out.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.toString());
        List<String> attached = attachmentNames(out.resolve("outbox"));
        assertEquals(List.of("data-engineer-mid-chicago.pdf", "data-engineer-mid-chicago.xlsx", "mlops-senior-san-diego.pdf",
                "mlops-senior-san-diego.xlsx"), attached);
    }

    @Test
    void staleFilesAreListedAndOnlyPruneRemovesThem() throws Exception {
        Path out = dir.resolve("out");
        Path input = csv();
        assertEquals(0, Cli.run("batch", input.toString(), "--out", out.toString(), "--format", "json", "--quiet").exit());
        Files.write(input, List.of("client,contact_email,role,level,location,budget",
                "Acme Robotics,dana@acme.example,MLOps Engineer,staff,San Diego,265000"));
        Cli second = Cli.run("batch", input.toString(), "--out", out.toString(), "--format", "json");
        assertEquals(0, second.exit(), second.toString());
        assertTrue(second.out().contains("stale     3 file(s) of earlier runs kept"), second.out());
        assertTrue(second.out().contains("helix-health/data-engineer-mid-chicago.json"), second.out());
        assertTrue(Files.exists(out.resolve("helix-health/data-engineer-mid-chicago.json")));
        assertTrue(Files.exists(out.resolve("helix-health/rate-card.pdf")));
        Cli pruned = Cli.run("batch", input.toString(), "--out", out.toString(), "--format", "json", "--prune");
        assertEquals(0, pruned.exit(), pruned.toString());
        assertTrue(pruned.out().contains("pruned    3 stale file(s)"), pruned.out());
        assertFalse(Files.exists(out.resolve("helix-health/data-engineer-mid-chicago.json")));
    }

    @Test
    void generateKeepsOutOfABatchsFolderAndNeverOverwritesSilently() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("batch", csv().toString(), "--out", out.toString(), "--format", "xlsx", "--quiet").exit());
        Map<String, byte[]> before = snapshot(out);
        Cli into = Cli.run("generate", "--opening", OPENING, "--out", out.toString(), "--format", "xlsx");
        assertEquals(2, into.exit(), into.toString());
        assertTrue(into.err().contains("holds a batch's outputs (manifest.json)"), into.err());
        assertEquals(1, into.err().lines().count(), into.err());
        Map<String, byte[]> after = snapshot(out);
        assertEquals(before.keySet(), after.keySet(), "nothing written");
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));

        Path alone = dir.resolve("alone");
        assertEquals(0, Cli.run("generate", "--opening", OPENING, "--out", alone.toString(), "--format", "xlsx").exit());
        Path file = alone.resolve("acme-robotics/mlops-senior-san-diego.xlsx");
        byte[] first = Files.readAllBytes(file);
        Files.write(file, "my edited copy".getBytes());
        Cli again = Cli.run("generate", "--opening", OPENING, "--out", alone.toString(), "--format", "xlsx");
        assertEquals(2, again.exit(), again.toString());
        assertTrue(again.err().contains("exists; kept (nothing was written): use --force to replace it"), again.err());
        assertEquals("my edited copy", Files.readString(file));
        assertEquals(0, Cli.run("generate", "--opening", OPENING, "--out", alone.toString(), "--format", "xlsx", "--force").exit());
        assertEquals(first.length, Files.size(file));
        assertFalse(Files.exists(alone.resolve(RunLock.FILE)), "no lock file left");
    }

    /** A deal sheet and the quote JSON are internal: whatever their path or name, they never go out. */
    @Test
    void internalFilesAreNeverAttachedWhateverTheManifestSaysAboutPaths() throws Exception {
        TestOut t = new TestOut(dir.resolve("out"));
        ObjectNode entry = t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer", "proposal");
        ArrayNode files = (ArrayNode) entry.path("files");
        // a deal sheet that looks exactly like a client pdf, in the client's folder
        Files.copy(t.out.resolve("acme-robotics/proposal.pdf"), t.out.resolve("acme-robotics/proposal-deal-sheet.pdf"));
        files.add(describe(t, "acme-robotics/proposal-deal-sheet.pdf", "deal-sheet", "internal"));
        Files.writeString(t.out.resolve("acme-robotics/proposal.json"), "{\"markup\": 0.45}");
        files.add(describe(t, "acme-robotics/proposal.json", "json", "internal"));
        Files.writeString(t.out.resolve("acme-robotics/quote.json"), "{\"margin\": 0.31}");
        files.add(describe(t, "acme-robotics/quote.json", "json", "client")); // a lie: json is never a client format
        Files.copy(t.out.resolve("acme-robotics/proposal.pdf"), t.out.resolve("acme-robotics/unlabelled.pdf"));
        ObjectNode unlabelled = describe(t, "acme-robotics/unlabelled.pdf", "pdf", "client");
        unlabelled.remove("audience");
        files.add(unlabelled); // no audience: internal
        t.write();
        Cli dry = Cli.run("send", t.out.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.toString());
        assertEquals(List.of("proposal.pdf", "proposal.xlsx"), attachmentNames(t.out.resolve("outbox")));

        // only internal files: nothing to send, said so
        TestOut internal = new TestOut(dir.resolve("out2"));
        ObjectNode only = internal.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer", "x");
        for (var f : only.path("files")) ((ObjectNode) f).put("audience", "internal");
        internal.write();
        Cli none = Cli.run("send", internal.out.toString(), "--dry-run");
        assertEquals(4, none.exit(), none.toString());
        assertTrue(none.err().contains("no client deliverable"), none.err());
    }

    private static ObjectNode describe(TestOut t, String path, String format, String audience) throws Exception {
        var d = com.ratecard.delivery.AtomicFiles.digest(t.out.resolve(path));
        ObjectNode f = TestOut.JSON.createObjectNode();
        f.put("path", path).put("format", format).put("audience", audience).put("size", d.size()).put("sha256", d.sha256());
        return f;
    }

    @Test
    void aLinkInsideTheOutputFolderIsNeverFollowed() throws Exception {
        Path out = dir.resolve("out");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("acme-robotics"), elsewhere);
        Cli batch = Cli.run("batch", csv().toString(), "--out", out.toString(), "--format", "json");
        assertEquals(4, batch.exit(), batch.toString());
        assertTrue(batch.out().contains("is a symbolic link; refused"), batch.out());
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(0, s.count(), "nothing written through the link");
        }
        assertTrue(Files.exists(out.resolve("helix-health/data-engineer-mid-chicago.json")), "the other client still done");

        // send: an attachment reached through a link is refused
        TestOut t = new TestOut(dir.resolve("sendout"));
        t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer");
        t.write();
        Path real = Files.createDirectories(dir.resolve("real"));
        Path folder = t.out.resolve("acme-robotics");
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.toList()) Files.move(f, real.resolve(f.getFileName()));
        }
        Files.delete(folder);
        Files.createSymbolicLink(folder, real);
        Cli send = Cli.run("send", t.out.toString(), "--dry-run");
        assertEquals(4, send.exit(), send.toString());
        assertTrue(send.err().contains("is a symbolic link; refused"), send.err());
    }

    @Test
    void batchAndSendTakeOneLock() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("batch", csv().toString(), "--out", out.toString(), "--format", "xlsx", "--quiet").exit());
        assertFalse(Files.exists(out.resolve(RunLock.FILE)), "no lock file after a clean batch");
        try (RunLock send = RunLock.acquire(out, "send")) {
            Cli batch = Cli.run("batch", csv().toString(), "--out", out.toString(), "--format", "xlsx", "--quiet", "--force");
            assertEquals(2, batch.exit(), batch.toString());
            assertTrue(batch.err().contains("in use by another ratecard run (ratecard send, pid " + ProcessHandle.current().pid()), batch.err());
            Cli generate = Cli.run("generate", "--opening", OPENING, "--out", dir.resolve("other").toString());
            assertEquals(0, generate.exit(), "another folder is free: " + generate);
        }
        try (RunLock batch = RunLock.acquire(out, "batch")) {
            Cli send = Cli.run("send", out.toString(), "--dry-run");
            assertEquals(2, send.exit(), send.toString());
            assertTrue(send.err().contains("ratecard batch"), send.err());
        }
        assertEquals(0, Cli.run("send", out.toString(), "--dry-run").exit());
        assertFalse(Files.exists(out.resolve(RunLock.FILE)), "no lock file after a clean send");
    }
}
