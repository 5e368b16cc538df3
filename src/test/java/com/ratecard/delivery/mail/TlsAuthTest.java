package com.ratecard.delivery.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * SMTP AUTH over TLS: implicit TLS (--ssl) against GreenMail's SMTPS port, and STARTTLS through a
 * front that upgrades the connection and relays to GreenMail (GreenMail 2.1.13 does not offer
 * STARTTLS). GreenMail checks the credentials in both cases. The certificate is made for 127.0.0.1
 * in this test and trusted with --smtp-ca-cert; host name checks stay on.
 *
 * <p>GreenMail reads its TLS key store once per JVM (on the first secure server), from the system
 * properties set here: no other test may start a secure GreenMail server before this class.
 */
@ExtendWith(ProvokedHandshakeFailures.class)
class TlsAuthTest {
    private static final String USER = "priya";
    private static final String PASSWORD = "Tls-Secret-42";

    @TempDir
    static Path keys;
    @TempDir
    Path dir;

    static TestTls tls;
    GreenMail greenMail;
    Path passwordFile;

    @BeforeAll
    static void identity() throws Exception {
        tls = TestTls.create(keys);
        System.setProperty("greenmail.tls.keystore.file", tls.keyStore.toString());
        System.setProperty("greenmail.tls.keystore.password", TestTls.STORE_PASSWORD);
    }

    @AfterAll
    static void forget() {
        TestTls.systemProperties().forEach(System::clearProperty);
    }

    @BeforeEach
    void start() throws Exception {
        greenMail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()});
        greenMail.start();
        greenMail.setUser("priya@northbeam.example", USER, PASSWORD);
        passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private TestOut out() {
        TestOut t = new TestOut(dir.resolve("out"));
        t.opening(2, "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer");
        t.opening(3, "Zoë Łukasiewicz GmbH", "Zoë Łukasiewicz", "zoe@lukasiewicz.example", "ML Engineer");
        return t.write();
    }

    private Cli send(TestOut t, int port, String... extra) {
        List<String> args = new ArrayList<>(List.of("send", t.out.toString(), "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(port),
                "--smtp-user", USER, "--smtp-password-file", passwordFile.toString(), "--retries", "0", "--bcc=", "--verbose"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void authOverImplicitTlsAgainstGreenMailsSmtpsPort() throws Exception {
        TestOut t = out();
        Cli run = send(t, greenMail.getSmtps().getPort(), "--ssl", "--smtp-ca-cert", tls.certificatePem.toString());
        assertEquals(0, run.exit(), run.toString());
        assertEquals(1, Inbox.of(greenMail, "dana@acme.example").size());
        assertEquals(1, Inbox.of(greenMail, "zoe@lukasiewicz.example").size());
        ReliabilityTest.assertNoSecret(PASSWORD, USER, run.all(), t.out);
    }

    @Test
    void authAfterStartTlsThroughAFrontToGreenMail() throws Exception {
        TestOut t = out();
        try (TestTls.StartTlsFront front = tls.new StartTlsFront(greenMail.getSmtp().getPort())) {
            Cli run = send(t, front.port(), "--starttls", "--smtp-ca-cert", tls.certificatePem.toString());
            assertEquals(0, run.exit(), run.toString());
            assertTrue(front.upgraded.get() >= 1, "the connection was upgraded");
            assertEquals(1, Inbox.of(greenMail, "dana@acme.example").size());
            assertEquals(1, Inbox.of(greenMail, "zoe@lukasiewicz.example").size());
            ReliabilityTest.assertNoSecret(PASSWORD, USER, run.all(), t.out);

            // the same path with a wrong password: GreenMail refuses it after STARTTLS
            Files.writeString(passwordFile, "not-it");
            Cli wrong = send(out(), front.port(), "--starttls", "--smtp-ca-cert", tls.certificatePem.toString(), "--resend-changed");
            assertTrue(wrong.out().contains("summary: 0 sent, 2 skipped"), "already sent: " + wrong.out());
        }
    }

    @Test
    void aWrongPasswordAfterStartTlsIsRefused() throws Exception {
        TestOut t = out();
        Files.writeString(passwordFile, "not-it");
        try (TestTls.StartTlsFront front = tls.new StartTlsFront(greenMail.getSmtp().getPort())) {
            Cli run = send(t, front.port(), "--starttls", "--smtp-ca-cert", tls.certificatePem.toString());
            assertEquals(1, run.exit(), run.toString());
            assertTrue(run.err().contains("SMTP authentication failed"), run.err());
            assertEquals(0, greenMail.getReceivedMessages().length);
        }
    }

    @Test
    void starttlsIsRequiredWhenAskedFor() throws Exception {
        TestOut t = out();
        Cli run = send(t, greenMail.getSmtp().getPort(), "--starttls");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("STARTTLS"), run.err());
        assertEquals(0, greenMail.getReceivedMessages().length, "nothing, and no password, went over plain text");
    }

    @Test
    void anUntrustedCertificateStopsTheRun() throws Exception {
        TestOut t = out();
        Cli run = send(t, greenMail.getSmtps().getPort(), "--ssl");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("TLS failed"), run.err());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
        TestOut t = out();
        TestTls other = TestTls.create(dir, "other-host", "mail.other.example", "SAN=dns:mail.other.example");
        try (TestTls.StartTlsFront front = other.new StartTlsFront(greenMail.getSmtp().getPort())) {
            Cli run = send(t, front.port(), "--starttls", "--smtp-ca-cert", other.certificatePem.toString());
            assertEquals(1, run.exit(), run.toString());
            assertTrue(run.err().contains("TLS failed") || run.err().contains("STARTTLS"), run.err());
            assertTrue(run.out().toLowerCase(java.util.Locale.ROOT).contains("127.0.0.1"), "names the host it could not verify: " + run.out());
            assertEquals(0, greenMail.getReceivedMessages().length);
        }
    }
}
