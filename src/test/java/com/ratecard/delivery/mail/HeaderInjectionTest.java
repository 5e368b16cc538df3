package com.ratecard.delivery.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** No input can add a header or a recipient: CR, LF and NUL are refused in every header value. */
class HeaderInjectionTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void injectionAttemptsInTheManifestAreRefusedAndTheCleanOpeningStillGoes() throws Exception {
        TestOut t = new TestOut(dir.resolve("out"));
        t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer");
        t.opening(3, "Globex", "Hank\r\nBcc: evil@evil.example", "hank@globex.example", "Data Engineer");
        t.opening(4, "Initech", "Bill Lumbergh", "bill@initech.example\r\nBcc: evil@evil.example", "DevOps Engineer");
        t.opening(5, "Umbrella\nX-Injected: yes", "Alice Abernathy", "alice@umbrella.example", "ML Engineer");
        t.opening(6, "Cyberdyne", "Miles Dyson", "miles@cyberdyne.example", "MLOps Engineer\r\nBcc: evil@evil.example");
        t.opening(7, "Tyrell", "Eldon Tyrell\u0000", "eldon@tyrell.example", "Data Engineer");
        t.opening(8, "Wayne Enterprises", "Lucius \"Fox\" <evil@evil.example>", "lucius@wayne.example", "ML Engineer");
        t.opening(9, "Stark", "Pepper Potts", "pepper@stark.example, evil@evil.example", "ML Engineer");
        t.write();
        Cli run = Cli.run("send", t.out.toString(), "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(greenMail.getSmtp().getPort()),
                "--bcc=", "--retries", "0");
        assertEquals(4, run.exit(), run.toString());
        assertTrue(run.out().contains("summary: 2 sent, 0 skipped (already sent), 6 failed"), run.out());
        assertTrue(run.err().contains("contactEmail name: contains a line break or control character (\"Hank\\r\\nBcc: evil@evil.example\")"), run.err());
        assertTrue(run.err().contains("subject: contains a line break"), run.err());
        assertTrue(run.err().contains("\"Eldon Tyrell\\u0000\""), run.err());
        assertTrue(run.err().contains("holds 2 addresses") || run.err().contains("not a valid email address"), run.err());
        assertFalse(run.err().contains("\r"), "the report shows control characters escaped");
        assertTrue(run.err().lines().noneMatch(l -> l.startsWith("Bcc:") || l.startsWith("X-Injected")), run.err());

        assertEquals(0, Inbox.of(greenMail, "evil@evil.example").size(), "no injected recipient got anything");
        assertEquals(1, Inbox.of(greenMail, "dana@acme.example").size());
        List<MimeMessage> lucius = Inbox.of(greenMail, "lucius@wayne.example");
        assertEquals(1, lucius.size(), "a display name with quotes and brackets is quoted, not parsed as an address");
        InternetAddress to = (InternetAddress) lucius.get(0).getRecipients(Message.RecipientType.TO)[0];
        assertEquals("lucius@wayne.example", to.getAddress());
        assertEquals("Lucius \"Fox\" <evil@evil.example>", to.getPersonal());
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            assertNull(m.getHeader("X-Injected"));
            assertNull(m.getHeader("Bcc"));
        }
    }

    @Test
    void injectionThroughOptionsIsBadInput() {
        TestOut t = new TestOut(dir.resolve("out"));
        t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer");
        t.write();
        String port = String.valueOf(greenMail.getSmtp().getPort());
        for (String[] option : List.of(new String[] {"--from", "Priya <priya@northbeam.example>\r\nBcc: evil@evil.example"},
                new String[] {"--reply-to", "desk@northbeam.example\nBcc: evil@evil.example"},
                new String[] {"--cc", "ops@northbeam.example\r\n"},
                new String[] {"--bcc", "x@northbeam.example\u0000"},
                new String[] {"--from", "Evil\r\n <priya@northbeam.example>"})) {
            Cli run = Cli.run("send", t.out.toString(), "--smtp-host", "127.0.0.1", "--smtp-port", port, option[0], option[1]);
            assertEquals(2, run.exit(), option[0] + ": " + run);
            assertTrue(run.err().contains("line break or control character"), run.err());
        }
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void theGuardRefusesEveryControlCharacterAndKeepsAddressesStrict() {
        for (String bad : List.of("a\rb", "a\nb", "a\u0000b", "a\u001Bb", "a\u2028b", "a\u0085b")) {
            assertThrows(HeaderGuard.HeaderException.class, () -> HeaderGuard.text("subject", bad), bad);
        }
        assertEquals("tab\tis fine", HeaderGuard.text("subject", "tab\tis fine"));
        for (String bad : List.of("dana", "dana@", "@acme.example", "dana@acme", "dana@@acme.example", "dana@acme..example",
                "dana@-acme.example", "a@b.example, c@d.example", "dana@acme.example>", "<dana@acme.example", "dana@acme.example;x@y.example",
                "zoë@lukasiewicz.example", "group: a@b.example;", "dana@[127.0.0.1]", "dana @acme.example")) {
            assertThrows(HeaderGuard.HeaderException.class, () -> HeaderGuard.address("to", bad), bad);
        }
        assertEquals("dana@acme.example", HeaderGuard.address("to", "Dana Whitfield <dana@acme.example>").getAddress());
        assertEquals("Dana Whitfield", HeaderGuard.address("to", "Dana Whitfield <dana@acme.example>").getPersonal());
        assertEquals("o'brien+rates@sub.acme-robotics.example", HeaderGuard.address("to", "o'brien+rates@sub.acme-robotics.example").getAddress());
        assertEquals("Zoë Łukasiewicz", HeaderGuard.mailbox("to", "zoe@lukasiewicz.example", "Zoë Łukasiewicz").getPersonal());
    }
}
