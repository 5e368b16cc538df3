package com.ratecard.delivery.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.ManifestReader;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.pricing.Money;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One client's files never reach another client: a batch of near-duplicate and hostile client
 * names, with zips, then sent per client and per opening. Every folder, zip, rate card and message
 * is one client's, holds only that client's client files, and shows only its figures.
 */
class ClientSeparationTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    /** Names that slug alike, cut alike, or to nothing; two spellings of one client (Acme) share everything. */
    private static final List<String> CLIENTS = List.of("C++ Labs", "C Labs", "C-Labs", "..", "!!!", "???", "x".repeat(80) + "1",
            "x".repeat(80) + "2", "Outbox", "CON", "Acme Robotics", "ACME  ROBOTICS", "Zoë Łukasiewicz GmbH", "😀",
            "a/../b", "=cmd|' /C calc'!A0");
    private static final String[] ROLES = {"MLOps Engineer", "Data Engineer", "ML Engineer", "DevOps Engineer"};
    private static final String[] LEVELS = {"entry", "mid", "senior", "staff"};
    private static final String[] PLACES = {"San Francisco", "NYC", "Seattle", "Austin", "San Diego", "Chicago", "Remote", "national"};

    private static String contact(int client) {
        return client == 11 ? "contact10@c10.example" : "contact" + client + "@c" + client + ".example"; // Acme's two spellings, one contact
    }

    private Path input() throws Exception {
        List<String> lines = new ArrayList<>(List.of("client,contact_name,contact_email,role,level,location,engagement,budget"));
        for (int i = 0; i < CLIENTS.size(); i++) {
            // each client its own role x level x place, so its rate card lines and figures are its own
            for (int k = 0; k < 2; k++) {
                int cell = i * 2 + k;
                lines.add(String.join(",", quote(CLIENTS.get(i)), "Pat " + i, contact(i), ROLES[cell % 4], LEVELS[(cell / 4) % 4],
                        PLACES[(cell / 16) % 8], "direct-hire", String.valueOf(120_000 + cell * 1000)));
            }
        }
        Path file = dir.resolve("openings.csv");
        Files.write(file, lines);
        return file;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Test
    void foldersZipsRateCardsAndMessagesAreEachOneClients() throws Exception {
        Path out = dir.resolve("out");
        Cli batch = Cli.run("batch", input().toString(), "--out", out.toString(), "--format", "xlsx,json", "--zip", "--quiet");
        assertEquals(0, batch.exit(), batch.toString());
        Manifest m = ManifestReader.forSending(out);
        assertEquals(CLIENTS.size() - 1, m.clients().size(), "one client per identity (Acme spelled twice)");

        Map<String, String> folderOf = new LinkedHashMap<>();
        Map<String, List<Manifest.Entry>> rowsOf = new HashMap<>();
        for (Manifest.Entry e : m.entries()) {
            assertTrue(e.delivered(), e.reason());
            String before = folderOf.put(e.clientId(), e.clientFolder());
            assertTrue(before == null || before.equals(e.clientFolder()), "one folder per client");
            rowsOf.computeIfAbsent(e.clientId(), k -> new ArrayList<>()).add(e);
            for (WrittenFile f : e.files()) assertTrue(f.path().startsWith(e.clientFolder() + "/"), f.path());
        }
        assertEquals(folderOf.size(), new HashSet<>(folderOf.values()).size(), "no two clients share a folder: " + folderOf);
        assertEquals(folderOf.get("name:acme robotics"), m.entries().get(22).clientFolder(), "ACME  ROBOTICS is Acme Robotics");

        // Each rate card shows its own lines' figures, and no other client's.
        Map<String, Set<String>> figures = new HashMap<>();
        for (Manifest.Entry e : m.entries()) {
            figures.computeIfAbsent(e.clientId(), k -> new HashSet<>()).add(Money.hourly(e.quote().billRate().low()));
        }
        for (Manifest.Client c : m.clients()) {
            String card = pdfText(out.resolve(c.folder() + "/rate-card.pdf"));
            for (String own : figures.get(c.clientId())) assertTrue(card.contains(own), c.client() + " card lacks " + own);
            figures.forEach((other, values) -> {
                if (other.equals(c.clientId())) return;
                for (String v : values) {
                    if (!figures.get(c.clientId()).contains(v)) assertFalse(card.contains(v), c.client() + "'s card shows " + v + " of " + other);
                }
            });
            // Its zip holds exactly its own client files and its rate card, byte for byte; never the quote JSON.
            Map<String, byte[]> zip = unzip(out.resolve(c.zip().path()));
            Map<String, byte[]> expected = new HashMap<>();
            for (Manifest.Entry e : rowsOf.get(c.clientId())) {
                for (WrittenFile f : e.clientFiles()) expected.put(f.fileName(), Files.readAllBytes(out.resolve(f.path())));
            }
            expected.put("rate-card.pdf", Files.readAllBytes(out.resolve(c.folder() + "/rate-card.pdf")));
            assertEquals(expected.keySet(), zip.keySet(), c.client());
            expected.forEach((name, bytes) -> assertArrayEquals(bytes, zip.get(name), c.client() + ": " + name));
        }

        // Per client: each contact gets its own client's zip, and only that.
        Cli perClient = Cli.run("send", out.toString(), "--per", "client", "--smtp-host", "127.0.0.1", "--smtp-port",
                String.valueOf(greenMail.getSmtp().getPort()), "--bcc=", "--retries", "0");
        assertEquals(0, perClient.exit(), perClient.toString());
        for (Manifest.Client c : m.clients()) {
            List<MimeMessage> inbox = Inbox.of(greenMail, c.contactEmail());
            assertEquals(1, inbox.size(), c.client());
            Mails parts = Mails.parse(inbox.get(0));
            assertEquals(1, parts.attachments().size(), c.client());
            assertArrayEquals(Files.readAllBytes(out.resolve(c.zip().path())), Mails.bytes(parts.attachments().get(0)), c.client());
            assertTrue(parts.text().contains(c.client()), "the message names its client: " + c.client());
        }
        // Per opening: each message carries its row's workbook, byte for byte, to its own contact.
        Cli perOpening = Cli.run("send", out.toString(), "--smtp-host", "127.0.0.1", "--smtp-port",
                String.valueOf(greenMail.getSmtp().getPort()), "--bcc=", "--retries", "0");
        assertEquals(0, perOpening.exit(), perOpening.toString());
        Set<String> seen = new HashSet<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            String to = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            Mails parts = Mails.parse(message);
            for (Part a : parts.attachments()) {
                assertFalse(a.getFileName().endsWith(".json"), "never the quote JSON");
                if (a.getFileName().endsWith(".zip")) continue;
                Manifest.Entry row = rowOf(m, to, a.getFileName());
                assertNotNull(row, a.getFileName() + " sent to " + to + " is none of its client's");
                assertArrayEquals(Files.readAllBytes(out.resolve(row.clientFolder() + "/" + a.getFileName())), Mails.bytes(a));
                seen.add(row.clientFolder() + "/" + a.getFileName());
            }
        }
        assertEquals(m.entries().stream().mapToLong(e -> e.clientFiles().size()).sum(), seen.size(), "every workbook went, once per opening");
    }

    /** The row of the recipient's client whose client files include that name. */
    private static Manifest.Entry rowOf(Manifest m, String to, String fileName) {
        for (Manifest.Entry e : m.entries()) {
            if (!to.equalsIgnoreCase(e.opening().contactEmail())) continue;
            for (WrittenFile f : e.clientFiles()) if (f.fileName().equals(fileName)) return e;
        }
        return null;
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static Map<String, byte[]> unzip(Path zip) throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }
}
