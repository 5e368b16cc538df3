package com.ratecard.delivery.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries, permanent failures, timeouts, authentication and the secrecy of the password. */
class ReliabilityTest {
    @TempDir
    Path dir;

    private TestOut three() {
        return TestOut.of(dir.resolve("out"), "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer",
                "Reject Corp", "Rita Reject", "reject@reject.example", "Data Engineer",
                "Helix Health", "Marcus Lee", "marcus@helix.example", "MLOps Engineer");
    }

    private static String[] args(Path out, int port, String... extra) {
        List<String> all = new ArrayList<>(List.of("send", out.toString(), "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(port),
                "--bcc="));
        all.addAll(List.of(extra));
        if (!all.contains("--retry-delay")) all.addAll(List.of("--retry-delay", "100ms"));
        return all.toArray(String[]::new);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void aServerThatIsDownThenUpIsRetriedWithBackoff() throws Exception {
        TestOut t = three();
        int port = freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        Thread starter = new Thread(() -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            greenMail.start();
        });
        starter.start();
        try {
            Cli run = Cli.run(args(t.out, port, "--retries", "8", "--retry-delay", "200ms"));
            assertEquals(0, run.exit(), run.toString());
            assertTrue(run.err().contains("retry   row 2 Acme Robotics"), run.err());
            assertTrue(run.err().contains("cannot connect to the SMTP server"), run.err());
            assertTrue(run.out().contains("summary: 3 sent"), run.out());
            assertEquals(3, greenMail.getReceivedMessages().length);
        } finally {
            starter.join();
            greenMail.stop();
        }
    }

    @Test
    void aPermanentRejectionFailsThatMessageAndTheOthersStillGo() throws Exception {
        TestOut t = three();
        try (FakeSmtp smtp = new FakeSmtp()) {
            smtp.rcpt = a -> a.startsWith("reject@") ? "550 5.1.1 <" + a + ">: mailbox unavailable" : "250 2.1.5 OK";
            Cli run = Cli.run(args(t.out, smtp.port(), "--retries", "3"));
            assertEquals(4, run.exit(), run.toString());
            assertTrue(run.out().contains("summary: 2 sent, 0 skipped (already sent), 1 failed"), run.out());
            assertTrue(run.err().contains("row 3 Reject Corp: Data Engineer (senior, San Diego) -> reject@reject.example: "
                    + "recipient rejected by the server: reject@reject.example: 550 5.1.1"), run.out());
            assertFalse(run.err().contains("retry"), "a 5xx is not retried: " + run.err());
            assertEquals(1, smtp.deliveredTo("dana@acme.example").size());
            assertEquals(1, smtp.deliveredTo("marcus@helix.example").size());
            assertEquals(0, smtp.deliveredTo("reject@reject.example").size());
            String ledger = Files.readString(t.out.resolve("sent.jsonl"));
            assertTrue(ledger.contains("\"status\":\"failed\""), ledger);

            // a rerun tries the failed one again (the address may have been fixed) and nothing else
            smtp.rcpt = a -> "250 2.1.5 OK";
            Cli again = Cli.run(args(t.out, smtp.port()));
            assertEquals(0, again.exit(), again.toString());
            assertTrue(again.out().contains("summary: 1 sent, 2 skipped (already sent), 0 failed"), again.out());
            assertEquals(1, smtp.deliveredTo("reject@reject.example").size());
            assertEquals(1, smtp.deliveredTo("dana@acme.example").size());
        }
    }

    @Test
    void transientDeferralsAreRetried() throws Exception {
        TestOut t = three();
        try (FakeSmtp smtp = new FakeSmtp()) {
            ConcurrentHashMap<String, Integer> seen = new ConcurrentHashMap<>();
            smtp.rcpt = a -> a.startsWith("reject@") && seen.merge(a, 1, Integer::sum) <= 2 ? "451 4.7.1 greylisted, try again" : "250 OK";
            smtp.afterData = n -> n == 1 ? "452 4.3.1 insufficient storage, try later" : "250 2.0.0 queued";
            Cli run = Cli.run(args(t.out, smtp.port(), "--retries", "4"));
            assertEquals(0, run.exit(), run.toString());
            assertTrue(run.err().contains("recipient deferred by the server: reject@reject.example: 451 4.7.1"), run.err());
            assertTrue(run.err().contains("server replied 452 4.3.1"), run.err());
            assertTrue(run.out().contains("summary: 3 sent"), run.out());
            assertEquals(1, smtp.deliveredTo("reject@reject.example").size());
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutAndStopsTheRun() throws Exception {
        TestOut t = three();
        try (FakeSmtp smtp = new FakeSmtp()) {
            smtp.silent = true;
            long start = System.nanoTime();
            Cli run = Cli.run(args(t.out, smtp.port(), "--smtp-timeout", "1", "--retries", "1"));
            assertEquals(1, run.exit(), run.toString());
            assertTrue(run.err().contains("timed out"), run.err());
            assertTrue(run.out().contains("stopped early"), run.out());
            assertTrue(run.out().contains("2 message(s) not attempted"), run.out());
            assertTrue(run.out().contains("summary: 0 sent, 0 skipped (already sent), 3 failed"), run.out());
            assertTrue(System.nanoTime() - start < 10_000_000_000L, "two 1 s timeouts, not three times the retries");
        }
    }

    @Test
    void nothingListensRetriesAreExhaustedAndTheRunStops() throws Exception {
        TestOut t = three();
        Cli run = Cli.run(args(t.out, freePort(), "--retries", "2", "--retry-delay", "50ms"));
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("cannot connect to the SMTP server"), run.err());
        assertTrue(run.err().contains("(after 3 attempts)"), run.err());
        assertTrue(run.out().contains("2 message(s) not attempted"), run.out());
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("FAILED")).count(), "each failure once, not one per message left: " + run.err());
        // the rerun sends everything once the server is back: nothing was recorded as sent
        assertFalse(Files.readString(t.out.resolve("sent.jsonl")).contains("\"status\":\"sent\""));
    }

    @Test
    void aWrongPasswordStopsTheRunAndNoPasswordIsEverShown() throws Exception {
        TestOut t = three();
        int port = freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            greenMail.setUser("priya@northbeam.example", "priya", "Correct-Horse-7");
            Path wrong = Files.writeString(dir.resolve("wrong"), "Wrong-Battery-9\n");
            Cli bad = Cli.run(args(t.out, port, "--smtp-user", "priya", "--smtp-password-file", wrong.toString(), "--verbose"));
            assertEquals(1, bad.exit(), bad.toString());
            assertTrue(bad.err().contains("SMTP authentication failed"), bad.err());
            assertEquals(0, greenMail.getReceivedMessages().length);
            assertNoSecret("Wrong-Battery-9", "priya", bad.all(), t.out);

            Path right = Files.writeString(dir.resolve("right"), "Correct-Horse-7\n");
            Cli good = Cli.run(args(t.out, port, "--smtp-user", "priya", "--smtp-password-file", right.toString(), "--verbose"));
            assertEquals(0, good.exit(), good.toString());
            assertEquals(3, greenMail.getReceivedMessages().length);
            assertNoSecret("Correct-Horse-7", "priya", good.all(), t.out);

            Cli dry = Cli.run("send", t.out.toString(), "--dry-run", "--resend-changed", "--smtp-user", "priya", "--smtp-password-file", right.toString());
            assertEquals(0, dry.exit(), dry.toString());
            assertNoSecret("Correct-Horse-7", "priya", dry.all(), t.out);
        } finally {
            greenMail.stop();
        }
    }

    /** Neither the password nor the base64 an SMTP AUTH exchange carries, in the output or in any file under out/. */
    static void assertNoSecret(String password, String user, String output, Path out) throws IOException {
        List<String> forms = List.of(password,
                Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8)),
                Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8)));
        for (String form : forms) {
            assertFalse(output.contains(form), "output shows the password: " + output);
            try (Stream<Path> files = Files.walk(out)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    assertFalse(text.contains(form), f + " holds the password");
                }
            }
        }
    }
}
