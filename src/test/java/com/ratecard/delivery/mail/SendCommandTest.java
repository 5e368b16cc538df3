package com.ratecard.delivery.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** ratecard send against GreenMail, a real SMTP server on 127.0.0.1. */
class SendCommandTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private String port() {
        return String.valueOf(greenMail.getSmtp().getPort());
    }

    private Cli send(Path out, String... extra) {
        String[] base = {"send", out.toString(), "--smtp-host", "127.0.0.1", "--smtp-port", port(), "--retries", "0"};
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Cli.run(args);
    }

    /** Two clients, one with non-ASCII names everywhere. */
    private TestOut twoClients() {
        TestOut t = new TestOut(dir.resolve("out"));
        t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer", "mlops-senior-southern-california");
        t.opening(3, "Zoë Łukasiewicz GmbH", "Zoë Łukasiewicz", "zoe@lukasiewicz.example", "Datenplattform-Ingenieur",
                "datenplattform-ingenieur-senior-zürich");
        return t.write();
    }

    private static List<MimeMessage> to(String address) {
        return Inbox.of(greenMail, address);
    }

    @Test
    void sendsEachOpeningItsProposalAndWorkbookAndTheyParseBack() throws Exception {
        TestOut t = twoClients();
        Cli run = send(t.out);
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("summary: 2 sent, 0 skipped (already sent), 0 failed"), run.out());

        List<MimeMessage> acme = to("dana@acme.example");
        assertEquals(1, acme.size());
        MimeMessage m = acme.get(0);
        assertEquals("Rate proposal for Acme Robotics: ML Platform Engineer (Senior, San Diego) | Northbeam Talent Partners", m.getSubject());
        assertEquals("proposals@northbeam.example", ((InternetAddress) m.getFrom()[0]).getAddress());
        assertEquals("Northbeam Talent Partners", ((InternetAddress) m.getFrom()[0]).getPersonal());
        assertEquals("accounts@northbeam.example", ((InternetAddress) m.getReplyTo()[0]).getAddress());
        assertEquals("Dana Whitfield", ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getPersonal());
        assertEquals(null, m.getHeader("Bcc"), "Bcc must not travel in the message");
        assertTrue(m.getMessageID().matches("<[0-9a-f]{40}\\.ratecard@northbeam\\.example>"), m.getMessageID());
        // the brand's bcc got its own copy
        assertEquals(2, to("records@northbeam.example").size(), "the brand bcc got a copy of both messages");

        Mails parts = Mails.parse(m);
        assertEquals("multipart/mixed(multipart/alternative(text/plain,text/html),"
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/pdf)", parts.structure());
        assertTrue(parts.text().startsWith("Hi Dana,"), parts.text());
        assertTrue(parts.text().contains("Recommended base salary:  $235,550 – $297,000"), parts.text());
        assertTrue(parts.text().contains("Bill rate:                $190.25 – $239.89/h"), parts.text());
        assertTrue(parts.text().contains("below floor"), parts.text());
        assertTrue(parts.text().contains("AI & ML engineering staffing"), "signature: " + parts.text());
        assertTrue(parts.html().contains("Hi Dana,"), parts.html());
        assertTrue(parts.html().contains("background:#1F3A5F"), "brand primary colour");
        assertTrue(parts.html().contains("#B38000"), "brand accent colour");
        assertTrue(parts.html().contains("$235,550 – $297,000"));
        assertTrue(parts.html().contains("AI &amp; ML engineering staffing"), "signature, escaped");
        assertEquals(2, parts.attachments().size());
        for (Part a : parts.attachments()) {
            String path = "acme-robotics/" + a.getFileName();
            assertArrayEquals(t.bytes(path), Mails.bytes(a), path);
        }
        assertTrue(parts.attachments().get(1).isMimeType("application/pdf"));

        MimeMessage zoe = to("zoe@lukasiewicz.example").get(0);
        assertEquals("Rate proposal for Zoë Łukasiewicz GmbH: Datenplattform-Ingenieur (Senior, San Diego) | Northbeam Talent Partners",
                zoe.getSubject());
        String raw = Mails.raw(zoe);
        assertTrue(raw.contains("Subject: =?UTF-8?"), "RFC 2047 subject");
        assertTrue(raw.contains("filename*=UTF-8''datenplattform-ingenieur-senior-z%C3%BCrich.pdf"), "RFC 2231 file name: " + raw.substring(0, 3000));
        Mails zparts = Mails.parse(zoe);
        assertEquals("datenplattform-ingenieur-senior-zürich.xlsx", zparts.attachments().get(0).getFileName());
        assertEquals("datenplattform-ingenieur-senior-zürich.pdf", zparts.attachments().get(1).getFileName());
        assertArrayEquals(t.bytes("zoë-łukasiewicz-gmbh/datenplattform-ingenieur-senior-zürich.pdf"), Mails.bytes(zparts.attachments().get(1)));
        assertTrue(zparts.text().startsWith("Hi Zoë,"));
        assertEquals("Zoë Łukasiewicz", ((InternetAddress) zoe.getRecipients(Message.RecipientType.TO)[0]).getPersonal());

        List<String> ledger = Files.readAllLines(t.out.resolve("sent.jsonl"));
        assertEquals(6, ledger.size(), "sending, committing, sent per message");
        assertEquals("committing", TestOut.JSON.readTree(ledger.get(1)).path("status").asText());
        JsonNode sent = TestOut.JSON.readTree(ledger.get(2));
        assertEquals("sent", sent.path("status").asText());
        assertEquals(m.getMessageID(), sent.path("messageId").asText());
        assertEquals("dana@acme.example", sent.path("to").asText());
        assertEquals(64, sent.path("key").asText().length());
        assertEquals(2, sent.path("attachments").size());
        assertTrue(sent.path("response").asText().startsWith("250"), sent.toString());
        assertEquals(List.of("records@northbeam.example"), List.of(sent.path("bcc").get(0).asText()));
    }

    @Test
    void dryRunWritesAnOutboxThatParsesAndMatchesWhatIsSent() throws Exception {
        TestOut t = twoClients();
        Cli dry = Cli.run("send", t.out.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.toString());
        assertTrue(dry.out().contains("2 written to the outbox (dry run, nothing sent)"), dry.out());
        assertEquals(0, greenMail.getReceivedMessages().length);
        assertFalse(Files.exists(t.out.resolve("sent.jsonl")), "a dry run records nothing");

        Map<String, MimeMessage> outbox = new HashMap<>();
        Session session = Session.getInstance(new Properties());
        try (Stream<Path> files = Files.list(t.out.resolve("outbox"))) {
            for (Path f : files.toList()) {
                assertTrue(f.getFileName().toString().endsWith(".eml"));
                try (InputStream in = Files.newInputStream(f)) {
                    MimeMessage parsed = new MimeMessage(session, in);
                    outbox.put(((InternetAddress) parsed.getRecipients(Message.RecipientType.TO)[0]).getAddress(), parsed);
                }
            }
        }
        assertEquals(2, outbox.size());
        String raw = Files.readString(Files.list(t.out.resolve("outbox")).findFirst().orElseThrow(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("\r\n"), "RFC 822 line ends");

        Cli real = send(t.out);
        assertEquals(0, real.exit(), real.toString());
        for (String address : List.of("dana@acme.example", "zoe@lukasiewicz.example")) {
            MimeMessage eml = outbox.get(address);
            MimeMessage sent = to(address).get(0);
            assertEquals(sent.getSubject(), eml.getSubject());
            assertEquals(sent.getMessageID(), eml.getMessageID());
            assertEquals(addresses(sent.getFrom()), addresses(eml.getFrom()));
            assertEquals(addresses(sent.getReplyTo()), addresses(eml.getReplyTo()));
            assertEquals(addresses(sent.getRecipients(Message.RecipientType.TO)), addresses(eml.getRecipients(Message.RecipientType.TO)));
            assertEquals(List.of("records@northbeam.example"), addresses(eml.getRecipients(Message.RecipientType.BCC)),
                    "the .eml shows the bcc a real run would use");
            Mails a = Mails.parse(eml);
            Mails b = Mails.parse(sent);
            assertEquals(b.structure(), a.structure());
            assertEquals(b.text(), a.text());
            assertEquals(b.html(), a.html());
            assertEquals(b.attachments().size(), a.attachments().size());
            for (int i = 0; i < a.attachments().size(); i++) {
                assertEquals(b.attachments().get(i).getFileName(), a.attachments().get(i).getFileName());
                assertArrayEquals(Mails.bytes(b.attachments().get(i)), Mails.bytes(a.attachments().get(i)));
            }
        }
    }

    private static List<String> addresses(Address[] list) {
        return list == null ? List.of() : Stream.of(list).map(x -> ((InternetAddress) x).getAddress()).toList();
    }

    @Test
    void aRerunAfterSuccessSendsNothing() {
        TestOut t = twoClients();
        assertEquals(0, send(t.out).exit());
        int received = greenMail.getReceivedMessages().length;
        Cli again = send(t.out);
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("summary: 0 sent, 2 skipped (already sent), 0 failed"), again.out());
        assertTrue(again.err().contains("skipped row 2 Acme Robotics"), again.err());
        assertEquals(received, greenMail.getReceivedMessages().length);
        // and a dry run now has nothing to write either
        Cli dry = Cli.run("send", t.out.toString(), "--dry-run");
        assertTrue(dry.out().contains("0 written to the outbox"), dry.out());
    }

    @Test
    void aChangedDeliverableIsSentAgainOnlyWithResendChanged() throws Exception {
        TestOut t = twoClients();
        assertEquals(0, send(t.out).exit());
        t.regenerate("acme-robotics/mlops-senior-southern-california.pdf");

        Cli plain = send(t.out);
        assertEquals(0, plain.exit(), plain.toString());
        assertTrue(plain.err().contains("changed row 2 Acme Robotics"), plain.err());
        assertTrue(plain.err().contains("--resend-changed"), plain.err());
        assertEquals(1, to("dana@acme.example").size());

        Cli resend = send(t.out, "--resend-changed");
        assertEquals(0, resend.exit(), resend.toString());
        assertTrue(resend.out().contains("summary: 1 sent, 1 skipped"), resend.out());
        List<MimeMessage> dana = to("dana@acme.example");
        assertEquals(2, dana.size());
        assertFalse(dana.get(0).getMessageID().equals(dana.get(1).getMessageID()), "new content, new Message-ID");
        Part pdf = Mails.parse(dana.get(1)).attachments().get(1);
        assertArrayEquals(t.bytes("acme-robotics/mlops-senior-southern-california.pdf"), Mails.bytes(pdf));
        assertTrue(send(t.out, "--resend-changed").out().contains("summary: 0 sent, 2 skipped"), "and then it is up to date");
    }

    @Test
    void aFileThatNoLongerMatchesTheManifestIsReportedNotSent() throws Exception {
        TestOut t = twoClients();
        Path pdf = t.out.resolve("acme-robotics/mlops-senior-southern-california.pdf");
        Files.write(pdf, new byte[] {1, 2, 3});
        Cli run = send(t.out);
        assertEquals(4, run.exit(), run.toString());
        assertTrue(run.err().contains("does not match the manifest"), run.err());
        assertTrue(run.out().contains("summary: 1 sent, 0 skipped (already sent), 1 failed"), run.out());
        assertEquals(0, to("dana@acme.example").size());
        assertEquals(1, to("zoe@lukasiewicz.example").size());
        Files.delete(pdf);
        Cli missing = send(t.out);
        assertTrue(missing.err().contains("is missing from"), missing.err());
    }

    @Test
    void openingsWithoutContactOrThatFailedAreReportedAndTheRestGo() {
        TestOut t = new TestOut(dir.resolve("out"));
        t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer");
        t.opening(3, "Globex", "Hank Scorpio", null, "Data Engineer");
        t.opening(4, "Initech", "Bill Lumbergh", "bill@initech", "DevOps Engineer");
        t.failed(5, "Umbrella", "unknown role \"Wizard\"");
        t.write();
        Cli run = send(t.out);
        assertEquals(4, run.exit(), run.toString());
        assertTrue(run.out().contains("summary: 1 sent, 0 skipped (already sent), 3 failed"), run.out());
        assertTrue(run.err().contains("row 3 Globex: Data Engineer (senior, San Diego): contactEmail: missing"), run.err());
        assertTrue(run.err().contains("row 4 Initech: DevOps Engineer (senior, San Diego) -> bill@initech: contactEmail: \"bill@initech\" has no valid domain"),
                run.out());
        assertTrue(run.err().contains("row 5 Umbrella: Wizard -> someone@failed.example: not sendable"), run.err());
        assertEquals(1, to("dana@acme.example").size());
    }

    @Test
    void perClientSendsOneMessageWithEveryOpeningOrTheClientsZip() throws Exception {
        TestOut t = new TestOut(dir.resolve("out"));
        t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer");
        t.opening(3, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "Data Engineer");
        t.opening(4, "Zoë Łukasiewicz GmbH", "Zoë Łukasiewicz", "zoe@lukasiewicz.example", "ML Engineer");
        t.opening(5, "Zoë Łukasiewicz GmbH", "Zoë Łukasiewicz", "zoe@lukasiewicz.example", "DevOps Engineer");
        t.client("Acme Robotics", "dana@acme.example", false);
        t.client("Zoë Łukasiewicz GmbH", "zoe@lukasiewicz.example", true);
        t.write();
        Cli run = send(t.out, "--per", "client");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("summary: 2 sent"), run.out());

        MimeMessage acme = to("dana@acme.example").get(0);
        assertEquals("Rate proposals for Acme Robotics: 2 openings | Northbeam Talent Partners", acme.getSubject());
        Mails parts = Mails.parse(acme);
        assertEquals(4, parts.attachments().size());
        assertTrue(parts.text().contains("ML Platform Engineer") && parts.text().contains("Data Engineer"), parts.text());

        MimeMessage zoe = to("zoe@lukasiewicz.example").get(0);
        Mails zparts = Mails.parse(zoe);
        assertEquals(1, zparts.attachments().size());
        assertTrue(zparts.attachments().get(0).isMimeType("application/zip"));
        assertEquals("zoë-łukasiewicz-gmbh.zip", zparts.attachments().get(0).getFileName());
        assertArrayEquals(t.bytes("zoë-łukasiewicz-gmbh.zip"), Mails.bytes(zparts.attachments().get(0)));
        assertTrue(zparts.text().contains("The zip holds every proposal (PDF) and workbook for Zoë Łukasiewicz GmbH."), zparts.text());
        assertTrue(parts.text().contains("The PDF is the proposal to share"), parts.text());

        // per opening afterwards: Acme's files already went (same recipient, same files); Zoë's individual files did not
        Cli opening = send(t.out);
        assertTrue(opening.out().contains("summary: 2 sent, 2 skipped (already sent)"), opening.out());
    }

    @Test
    void perClientSendsTheClientsSummaryOnceAndLaterOnlyNewOpenings() throws Exception {
        TestOut t = new TestOut(dir.resolve("out"));
        t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer");
        t.clientFile(t.client("Acme Robotics", "dana@acme.example", false), "acme-robotics/rate-card.pdf", "pdf");
        t.write();
        Cli first = send(t.out, "--per", "client");
        assertEquals(0, first.exit(), first.toString());
        assertEquals(List.of("mlops-senior-2.xlsx", "mlops-senior-2.pdf", "rate-card.pdf"),
                Mails.parse(to("dana@acme.example").get(0)).attachments().stream().map(p -> {
                    try {
                        return p.getFileName();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList());

        // the next batch adds an opening: only its files go, the summary is not sent twice
        t.opening(3, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "Data Engineer");
        t.write();
        Cli second = send(t.out, "--per", "client");
        assertEquals(0, second.exit(), second.toString());
        assertTrue(second.err().contains("skipped row 2 Acme Robotics"), second.err());
        assertTrue(second.err().contains("sent    Acme Robotics (1 of 2 openings)"), second.err());
        MimeMessage later = to("dana@acme.example").get(1);
        assertEquals(2, Mails.parse(later).attachments().size());
        assertTrue(Mails.parse(later).text().contains("Data Engineer") && !Mails.parse(later).text().contains("ML Platform Engineer"));
    }

    @Test
    void sendersAndCopiesComeFromTheBrandAndCanBeOverridden() throws Exception {
        TestOut t = new TestOut(dir.resolve("out"));
        t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer");
        t.write();
        Cli run = send(t.out, "--from", "Priya Natarajan <priya@northbeam.example>", "--reply-to", "desk@northbeam.example",
                "--cc", "ops@northbeam.example", "--cc", "lead@northbeam.example", "--bcc=", "--cc-account-manager", "--brand", "cedar-slate");
        assertEquals(0, run.exit(), run.toString());
        MimeMessage m = to("dana@acme.example").get(0);
        assertEquals("Priya Natarajan <priya@northbeam.example>", m.getFrom()[0].toString());
        assertEquals(List.of("desk@northbeam.example"), addresses(m.getReplyTo()));
        assertEquals(List.of("ops@northbeam.example", "lead@northbeam.example", "priya@northbeam.example"),
                addresses(m.getRecipients(Message.RecipientType.CC)));
        assertTrue(m.getSubject().endsWith("| Cedar & Slate Technical Staffing"), m.getSubject());
        assertTrue(Mails.parse(m).html().contains("#2E5E4E"), "cedar-slate colours");
        // no bcc: dana plus three cc copies, nothing for records@
        assertEquals(4, greenMail.getReceivedMessages().length);
    }

    @Test
    void badInputExitsWithTwo() throws Exception {
        Cli missing = Cli.run("send", dir.resolve("nowhere").toString(), "--dry-run");
        assertEquals(2, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("manifest.json not found"), missing.err());

        TestOut t = twoClients();
        assertEquals(2, send(t.out, "--cc", "not-an-address").exit());
        assertEquals(2, send(t.out, "--cc", "a@x.example, b@x.example").exit());
        assertEquals(2, send(t.out, "--from", "x@y.example\r\nBcc: evil@evil.example").exit());
        assertEquals(2, send(t.out, "--per", "team").exit());
        assertEquals(2, send(t.out, "--rate", "fast").exit());
        assertEquals(2, send(t.out, "--starttls", "--ssl").exit());
        assertEquals(2, Cli.run("send", t.out.toString(), "--smtp-host", "127.0.0.1\r\nRCPT TO:<evil@evil.example>").exit());
        assertEquals(2, send(t.out, "--smtp-ca-cert", dir.resolve("no-such.pem").toString()).exit());
        assertEquals(2, send(t.out, "--brand", "no-such-brand").exit());
        Cli garbageCert = send(t.out, "--ssl", "--smtp-ca-cert", Files.writeString(dir.resolve("garbage.pem"), "not a certificate").toString());
        assertEquals(2, garbageCert.exit(), garbageCert.toString());
        assertEquals(2, Cli.run("send", t.out.toString()).exit(), "no --smtp-host");
        Cli noPassword = send(t.out, "--smtp-user", "priya", "--smtp-password-env", "RATECARD_TEST_SURELY_UNSET");
        assertEquals(2, noPassword.exit(), noPassword.toString());
        assertTrue(noPassword.err().contains("RATECARD_TEST_SURELY_UNSET"), noPassword.err());
        Cli unreadable = send(t.out, "--smtp-user", "priya", "--smtp-password-file", dir.resolve("no-such-file").toString());
        assertEquals(2, unreadable.exit(), unreadable.toString());
        Cli plainAuth = Cli.run("send", t.out.toString(), "--smtp-host", "smtp.example.com", "--smtp-user", "priya",
                "--smtp-password-file", Files.writeString(dir.resolve("pw"), "x").toString());
        assertEquals(2, plainAuth.exit(), plainAuth.toString());
        assertTrue(plainAuth.err().contains("clear text"), plainAuth.err());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }
}
