package com.ratecard.delivery.mail;

import com.ratecard.data.InputException;
import com.ratecard.delivery.RunLock;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.ManifestReader;
import com.ratecard.delivery.manifest.Status;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.render.Audience;
import com.ratecard.render.brand.BrandLoader;
import com.ratecard.render.email.EmailTemplates;
import jakarta.mail.internet.InternetAddress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parts on their own: ledger, manifest, composer, rate, backoff, lock, and the API batch --send calls. */
class MailPartsTest {
    @TempDir
    Path dir;

    private static SendLedger.Line line(SendLedger.State status, String key, String to, String path, String sha) {
        return new SendLedger.Line(Instant.parse("2026-11-29T10:00:00Z"), status, key, "<" + key + "@x.example>", "opening", "name:acme",
                "Acme", List.of(2), to, List.of(), List.of(), "Subject", List.of(new WrittenFile(path, "pdf", Audience.CLIENT, 10, sha)),
                null, null);
    }

    @Test
    void theLedgerRepairsACutLastLineAndKnowsWhatWasDeliveredAndWhatIsInDoubt() throws Exception {
        String sha = "a".repeat(64);
        try (SendLedger ledger = SendLedger.open(dir)) {
            ledger.append(line(SendLedger.State.SENDING, "k1", "Dana@Acme.example", "acme/a.pdf", sha));
            ledger.append(line(SendLedger.State.COMMITTING, "k1", "Dana@Acme.example", "acme/a.pdf", sha));
            ledger.append(line(SendLedger.State.SENT, "k1", "Dana@Acme.example", "acme/a.pdf", sha));
            ledger.append(line(SendLedger.State.SENDING, "k2", "zoe@l.example", "l/b.pdf", sha));
            ledger.append(line(SendLedger.State.SENDING, "k3", "max@m.example", "m/c.pdf", sha));
            ledger.append(line(SendLedger.State.COMMITTING, "k3", "max@m.example", "m/c.pdf", sha));
        }
        Path file = dir.resolve(SendLedger.FILE_NAME);
        Files.writeString(file, "{\"time\":\"2026-11-29T10:00:01Z\",\"status\":\"se", StandardOpenOption.APPEND); // killed mid-write
        try (SendLedger ledger = SendLedger.open(dir)) {
            assertEquals(List.of(), ledger.damaged(), "a cut last line is not a line");
            assertEquals(sha, ledger.delivered("dana@acme.example", "acme/a.pdf").sha256(), "recipients compare case-insensitively");
            assertNull(ledger.delivered("zoe@l.example", "l/b.pdf"), "sending is not sent");
            assertNull(ledger.inDoubt("k2"), "stopped before the end of the data: the server cannot have it");
            assertNotNull(ledger.inDoubt("k3"), "stopped after the end of the data: in doubt");
            assertNull(ledger.inDoubt("k1"));
            ledger.append(line(SendLedger.State.SENT, "k2", "zoe@l.example", "l/b.pdf", sha));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(7, lines.size(), "the cut line was cut off, the new one stands alone");
        assertTrue(lines.stream().allMatch(l -> l.startsWith("{") && l.endsWith("}")), lines.toString());
        try (SendLedger ledger = SendLedger.open(dir)) {
            assertNotNull(ledger.delivered("zoe@l.example", "l/b.pdf"));
        }
        Files.writeString(file, "not json\n", StandardOpenOption.APPEND);
        try (SendLedger ledger = SendLedger.open(dir)) {
            assertEquals(List.of(8), ledger.damaged(), "a complete line that does not parse is reported");
        }
    }

    @Test
    void aBadManifestIsBadInputThatSaysWhere() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("manifest.json"), "{ not json");
        assertTrue(assertThrows(InputException.class, () -> ManifestReader.forSending(out)).getMessage().contains("not valid JSON"));
        Files.writeString(out.resolve("manifest.json"), "{\"version\": 1, \"entries\": []}");
        assertTrue(assertThrows(InputException.class, () -> ManifestReader.forSending(out)).getMessage().contains("manifest version 2"));
        Files.writeString(out.resolve("manifest.json"), "{\"version\": 2, \"entries\": [{\"row\": 2, \"status\": \"ok\", \"clientId\": \"name:a\","
                + " \"clientFolder\": \"a\", \"opening\": {}, \"files\": [{\"path\": \"a/x.pdf\", \"format\": \"pdf\", \"size\": 1,"
                + " \"sha256\": \"nothex\"}]}]}");
        InputException e = assertThrows(InputException.class, () -> ManifestReader.forSending(out));
        assertTrue(e.getMessage().contains("entries[0].files[0].sha256"), e.getMessage());
        Files.writeString(out.resolve("manifest.json"), "{\"version\": 2, \"entries\": [{\"row\": 2, \"status\": \"bogus\"}]}");
        e = assertThrows(InputException.class, () -> ManifestReader.forSending(out));
        assertTrue(e.getMessage().contains("entries[0].status: \"bogus\"; expected ok, skipped or failed"), e.getMessage());
        Cli cli = Cli.run("send", out.toString(), "--dry-run");
        assertEquals(2, cli.exit(), cli.toString());

        Files.writeString(out.resolve("manifest.json"), "{\"version\": 2, \"entries\": [], \"clients\": []}");
        Cli empty = Cli.run("send", out.toString(), "--dry-run");
        assertEquals(0, empty.exit(), empty.toString());
        assertTrue(empty.out().contains("summary: 0 written"), empty.out());
    }

    @Test
    void attachmentPathsCannotLeaveTheOutputFolder() throws Exception {
        TestOut t = new TestOut(dir.resolve("out"));
        var entry = t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer");
        Files.writeString(dir.resolve("secret.txt"), "top secret");
        ((com.fasterxml.jackson.databind.node.ObjectNode) entry.path("files").get(0)).put("path", "../secret.txt");
        t.write();
        Cli run = Cli.run("send", t.out.toString(), "--dry-run");
        assertEquals(4, run.exit(), run.toString());
        assertTrue(run.err().contains("refused: ../secret.txt is not in the client's folder acme-robotics"), run.err());
    }

    private MessageComposer composer(String subject, String text, String html) throws Exception {
        Path email = Files.createDirectories(dir.resolve("email"));
        Files.writeString(email.resolve(EmailTemplates.SUBJECT), subject);
        Files.writeString(email.resolve(EmailTemplates.TEXT), text);
        Files.writeString(email.resolve(EmailTemplates.HTML), html);
        return new MessageComposer(email, new BrandLoader(Path.of("templates/brands")).load("northbeam"));
    }

    static Outgoing message(String client) throws Exception {
        Manifest.Entry entry = new Manifest.Entry(2, Status.OK, null, "key", "name:acme", "acme",
                new Manifest.OpeningInfo(client, null, "Dana Whitfield", "dana@acme.example", "ML <b>Platform</b> Engineer", "senior", null,
                        "San Diego", null, List.of(), "no", "direct-hire", null, null, null, "Priya", "priya@northbeam.example", null, null),
                null, List.of(new WrittenFile("acme/a.pdf", "pdf", Audience.CLIENT, 1, "a".repeat(64))), 0);
        return new Outgoing("row 2", "name:acme", "acme", client, SendOptions.Per.OPENING, List.of(2), new InternetAddress("p@northbeam.example"),
                null, new InternetAddress("dana@acme.example", "Dana Whitfield"), List.of(), List.of(), List.of(entry), entry.files(),
                java.util.Set.of(), "Priya", "priya@northbeam.example");
    }

    @Test
    void templatesAreLockedDown() throws Exception {
        MessageComposer execute = composer("${\"freemarker.template.utility.Execute\"?new()(\"id\")}", "t", "h");
        assertThrows(EmailTemplates.Failure.class, () -> execute.render(message("Acme")));
        MessageComposer api = composer("${client?api.getClass()}", "t", "h");
        assertThrows(EmailTemplates.Failure.class, () -> api.render(message("Acme")));
        MessageComposer missing = composer("${nothing.here}", "t", "h");
        assertThrows(EmailTemplates.Failure.class, () -> missing.render(message("Acme")), "errors are not swallowed");
        MessageComposer twoLines = composer("Hello\nBcc: evil@evil.example", "t", "h");
        assertThrows(HeaderGuard.HeaderException.class, () -> twoLines.render(message("Acme")), "the subject must be one line");
        assertThrows(InputException.class, () -> new MessageComposer(dir.resolve("nowhere"), null));
    }

    @Test
    void theShippedHtmlEscapesWhatComesFromTheManifest() throws Exception {
        MessageComposer shipped = new MessageComposer(Path.of("templates/email"), new BrandLoader(Path.of("templates/brands")).load("northbeam"));
        EmailTemplates.Rendered r = shipped.render(message("Acme <script>alert(1)</script> & Sons"));
        assertTrue(r.html().contains("Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons"), r.html());
        assertFalse(r.html().contains("<script>"));
        assertTrue(r.html().contains("ML &lt;b&gt;Platform&lt;/b&gt; Engineer"));
        assertTrue(r.text().contains("Acme <script>alert(1)</script> & Sons"), "plain text stays as typed");
        assertEquals("Rate proposal for Acme <script>alert(1)</script> & Sons: ML <b>Platform</b> Engineer (senior, San Diego) | Northbeam Talent Partners",
                r.subject());
    }

    @Test
    void ratesAndBackoff() {
        assertEquals(2000, Rate.parse("30/min").intervalMillis());
        assertEquals(500, Rate.parse("2/s").intervalMillis());
        assertEquals(60_000, Rate.parse("60/h").intervalMillis());
        assertEquals(1000, Rate.parse("60").intervalMillis());
        assertThrows(InputException.class, () -> Rate.parse("0/min"));
        assertThrows(InputException.class, () -> Rate.parse("lots"));
        Retry retry = new Retry(5, Duration.ofSeconds(2), Duration.ofSeconds(10));
        long first = retry.delay(1).toMillis();
        long third = retry.delay(3).toMillis();
        long tenth = retry.delay(10).toMillis();
        assertTrue(first >= 1600 && first <= 2400, "2 s ± 20 %: " + first);
        assertTrue(third >= 6400 && third <= 9600, "8 s ± 20 %: " + third);
        assertTrue(tenth <= 12_000, "capped: " + tenth);
    }

    @Test
    void theRateIsRespected() throws Exception {
        TestOut t = new TestOut(dir.resolve("out"));
        t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer");
        t.opening(3, "Helix Health", "Marcus Lee", "marcus@helix.example", "MLOps Engineer");
        t.opening(4, "Initech", "Bill Lumbergh", "bill@initech.example", "DevOps Engineer");
        t.write();
        try (FakeSmtp smtp = new FakeSmtp()) {
            long start = System.nanoTime();
            Cli run = Cli.run("send", t.out.toString(), "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(smtp.port()), "--rate", "150/min");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(0, run.exit(), run.toString());
            assertTrue(millis >= 800, "three messages at 0.4 s intervals take at least 0.8 s: " + millis);
            assertEquals(1, smtp.connections.get(), "one connection carries every message");
        }
    }

    @Test
    void smtpSocketsHaveNagleOff() throws Exception {
        try (FakeSmtp smtp = new FakeSmtp();
             java.net.Socket plain = NoDelaySockets.plain().createSocket("127.0.0.1", smtp.port());
             java.net.Socket layered = NoDelaySockets.tls((javax.net.ssl.SSLSocketFactory) javax.net.ssl.SSLSocketFactory.getDefault())
                     .createSocket(new java.net.Socket("127.0.0.1", smtp.port()), "127.0.0.1", smtp.port(), true)) {
            assertTrue(plain.getTcpNoDelay());
            assertTrue(layered.getTcpNoDelay());
        }
    }

    @Test
    void aSecondRunOnTheSameFolderIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
        TestOut t = new TestOut(dir.resolve("out"));
        t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer");
        t.write();
        try (RunLock lock = RunLock.acquire(t.out, "batch")) {
            Cli run = Cli.run("send", t.out.toString(), "--dry-run");
            assertEquals(2, run.exit(), run.toString());
            assertTrue(run.err().contains("is in use by another ratecard run (ratecard batch, pid"), run.err());
            assertNotNull(lock);
        }
        Cli after = Cli.run("send", t.out.toString(), "--dry-run");
        assertEquals(0, after.exit(), after.toString());
        assertFalse(Files.exists(t.out.resolve(RunLock.FILE)), "no lock file left after a clean exit");
    }

    @Test
    void theApiThatBatchSendCalls() throws Exception {
        TestOut t = new TestOut(dir.resolve("out"));
        t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer");
        t.opening(3, "Globex", "Hank Scorpio", null, "Data Engineer");
        t.write();
        StringWriter progress = new StringWriter();
        SendReport report = MailDelivery.send(t.out, SendOptions.builder().templates(Path.of("templates")).dryRun(true).build(),
                new PrintWriter(progress, true));
        assertEquals(1, report.count(SendReport.Status.WRITTEN));
        assertEquals(1, report.failures().size());
        assertEquals(List.of(3), report.failures().get(0).rows());
        assertNull(report.aborted());
        assertTrue(progress.toString().contains("wrote   row 2 Acme Robotics"), progress.toString());
        assertEquals("Secret[****]", Secret.of("hunter2").toString());
        assertFalse(SendOptions.builder().smtpUser("u").smtpPassword(Secret.of("hunter2")).build().toString().contains("hunter2"));
        assertEquals("x **** y", Secret.of("hunter2").redact("x hunter2 y"));
    }
}
