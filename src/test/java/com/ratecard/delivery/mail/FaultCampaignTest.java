package com.ratecard.delivery.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once, or it says so: every way an SMTP exchange can fail, from the fault-injecting
 * server. Before the end of the data a failure is retried (the server cannot have the message);
 * after it the message is in doubt: recorded, reported, exit 5, never retried or resent without
 * --resend-in-doubt. Each failure is printed once, on stderr.
 */
class FaultCampaignTest {
    @TempDir
    Path dir;

    private TestOut three() {
        return TestOut.of(dir.resolve("out"), "Acme Robotics", "Dana Whitfield", "dana@acme.example", "ML Platform Engineer",
                "Helix Health", "Marcus Lee", "marcus@helix.example", "MLOps Engineer",
                "Initech", "Bill Lumbergh", "bill@initech.example", "DevOps Engineer");
    }

    private static Cli send(Path out, int port, String... extra) {
        List<String> args = new ArrayList<>(List.of("send", out.toString(), "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(port),
                "--bcc=", "--smtp-timeout", "2"));
        args.addAll(List.of(extra));
        if (!args.contains("--retries")) args.addAll(List.of("--retries", "3"));
        if (!args.contains("--retry-delay")) args.addAll(List.of("--retry-delay", "50ms"));
        return Cli.run(args.toArray(String[]::new));
    }

    private static Map<String, Long> byMessageId(FakeSmtp smtp) {
        Map<String, Long> ids = new TreeMap<>();
        for (FakeSmtp.Delivered d : smtp.delivered) {
            Matcher m = Pattern.compile("(?im)^Message-ID: (<[^>]+>)").matcher(d.data());
            assertTrue(m.find());
            ids.merge(m.group(1), 1L, Long::sum);
        }
        return ids;
    }

    private static long lines(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).count();
    }

    /** The server stores the message, then the connection drops before its reply (as a crash would). */
    @Test
    void aDropAfterTheDataIsInDoubtNotRetriedAndResentOnlyWhenAsked() throws Exception {
        TestOut t = three();
        try (FakeSmtp smtp = new FakeSmtp()) {
            smtp.afterData = n -> n == 2 ? FakeSmtp.DROP : "250 2.0.0 queued";
            Cli run = send(t.out, smtp.port());
            assertEquals(5, run.exit(), run.toString());
            assertEquals(3, smtp.delivered.size(), "no retry of the message in doubt: " + run);
            assertEquals(1, smtp.deliveredTo("marcus@helix.example").size());
            assertTrue(run.out().contains("summary: 2 sent, 0 skipped (already sent), 0 failed, 1 in doubt"), run.out());
            assertTrue(run.out().contains("--resend-in-doubt"), run.out());
            assertEquals(1, lines(run.err(), "IN DOUBT row 3 Helix Health"), run.err());
            assertFalse(run.err().contains("retry"), run.err());
            assertFalse(run.out().contains("IN DOUBT"), "each outcome once, on stderr: " + run.out());
            String ledger = Files.readString(t.out.resolve(SendLedger.FILE_NAME));
            assertTrue(ledger.contains("\"status\":\"in-doubt\""), ledger);

            Cli again = send(t.out, smtp.port());
            assertEquals(5, again.exit(), again.toString());
            assertTrue(again.out().contains("summary: 0 sent, 2 skipped (already sent), 0 failed, 1 in doubt"), again.out());
            assertEquals(3, smtp.delivered.size(), "a rerun does not resend it either");

            Cli resend = send(t.out, smtp.port(), "--resend-in-doubt");
            assertEquals(0, resend.exit(), resend.toString());
            assertTrue(resend.out().contains("summary: 1 sent, 2 skipped"), resend.out());
            Map<String, Long> ids = byMessageId(smtp);
            assertEquals(3, ids.size());
            assertEquals(List.of(1L, 1L, 2L), ids.values().stream().sorted().toList(), "resent under the same Message-ID: " + ids);
            assertEquals(0, send(t.out, smtp.port()).exit(), "then nothing is in doubt");
        }
    }

    @Test
    void aReplySlowerThanTheTimeoutIsInDoubtNotRetried() throws Exception {
        TestOut t = three();
        try (FakeSmtp smtp = new FakeSmtp()) {
            smtp.afterData = n -> n == 1 ? "DELAY 4000 250 2.0.0 queued at last" : "250 2.0.0 queued";
            Cli run = send(t.out, smtp.port());
            assertEquals(5, run.exit(), run.toString());
            assertEquals(1, smtp.deliveredTo("dana@acme.example").size(), "sent once, not again after the timeout");
            assertEquals(1, lines(run.err(), "IN DOUBT row 2 Acme Robotics"), run.err());
            assertTrue(run.err().contains("no reply after the end of the data"), run.err());
            assertEquals(1, smtp.deliveredTo("marcus@helix.example").size(), "the others still go");
            assertEquals(1, smtp.deliveredTo("bill@initech.example").size());
        }
    }

    @Test
    void aServerThatNeverRepliesToTheDataIsInDoubt() throws Exception {
        TestOut t = three();
        try (FakeSmtp smtp = new FakeSmtp()) {
            smtp.afterData = n -> n == 3 ? FakeSmtp.HANG : "250 2.0.0 queued";
            Cli run = send(t.out, smtp.port());
            assertEquals(5, run.exit(), run.toString());
            assertEquals(3, smtp.delivered.size());
            assertEquals(1, lines(run.err(), "IN DOUBT row 4 Initech"), run.err());
        }
    }

    /** A connection cut before the end of the data: the server never has the message, so a retry is safe and sends it once. */
    @Test
    void aDropInTheMiddleOfTheDataIsRetriedAndArrivesOnce() throws Exception {
        TestOut t = three();
        try (FakeSmtp smtp = new FakeSmtp()) {
            smtp.dropDataOf = 1;
            Cli run = send(t.out, smtp.port());
            assertEquals(0, run.exit(), run.toString());
            assertTrue(run.err().contains("retry   row 2 Acme Robotics"), run.err());
            assertEquals(1, smtp.deliveredTo("dana@acme.example").size());
            assertEquals(3, smtp.delivered.size());
            assertFalse(Files.readString(t.out.resolve(SendLedger.FILE_NAME)).contains("in-doubt"));
        }
    }

    @Test
    void aTemporaryRefusalOfTheDataIsRetriedAPermanentOneFailsOnce() throws Exception {
        TestOut t = three();
        try (FakeSmtp smtp = new FakeSmtp()) {
            smtp.afterData = n -> n == 1 ? "451 4.3.0 try again later" : n == 3 ? "554 5.7.1 rejected as spam" : "250 2.0.0 queued";
            Cli run = send(t.out, smtp.port());
            assertEquals(4, run.exit(), run.toString());
            assertEquals(1, smtp.deliveredTo("dana@acme.example").size(), "the 451 was retried and went once");
            assertEquals(0, smtp.deliveredTo("marcus@helix.example").size());
            assertEquals(1, lines(run.err(), "FAILED  row 3 Helix Health"), "each failure once: " + run.err());
            assertTrue(run.err().contains("554 5.7.1"), run.err());
            assertFalse(run.out().contains("554"), "the summary does not repeat it: " + run.out());
            assertTrue(run.out().contains("summary: 2 sent, 0 skipped (already sent), 1 failed"), run.out());
        }
    }

    @Test
    void aBusyGreetingIsRetried() throws Exception {
        TestOut t = three();
        try (FakeSmtp smtp = new FakeSmtp()) {
            smtp.greeting = "421 4.3.2 too busy, come back later";
            Thread opener = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                smtp.greeting = "220 fake.localhost ESMTP";
            });
            opener.start();
            Cli run = send(t.out, smtp.port(), "--retries", "6", "--retry-delay", "200ms");
            opener.join();
            assertEquals(0, run.exit(), run.toString());
            assertEquals(3, smtp.delivered.size());
        }
    }

    @Test
    void anUnknownHostIsOneLineAndNoRetries() {
        TestOut t = three();
        long start = System.nanoTime();
        Cli run = Cli.run("send", t.out.toString(), "--smtp-host", "no-such-relay.invalid", "--bcc=", "--retries", "5");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(2, run.exit(), run.toString());
        assertEquals(List.of("ratecard: --smtp-host: cannot resolve SMTP host no-such-relay.invalid; check the name (nothing was sent)"),
                run.err().lines().toList());
        assertEquals("", run.out());
        assertFalse(Files.exists(t.out.resolve(SendLedger.FILE_NAME)), "nothing attempted, nothing recorded");
        assertTrue(millis < 20_000, "no minute of retries: " + millis + " ms");
    }

    @Test
    void aServerThatGoesAwayMidRunStopsItAndSaysHowManyWereNotAttempted() throws Exception {
        TestOut t = new TestOut(dir.resolve("out"));
        for (int i = 0; i < 6; i++) t.opening(2 + i, "Client " + i, "Pat " + i, "pat" + i + "@c" + i + ".example", "Data Engineer");
        t.write();
        int port;
        try (FakeSmtp smtp = new FakeSmtp()) {
            port = smtp.port();
            smtp.afterData = n -> {
                if (n == 2) {
                    try {
                        smtp.close(); // no more connections after this one
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    return FakeSmtp.DROP;
                }
                return "250 2.0.0 queued";
            };
            Cli run = send(t.out, port, "--retries", "1");
            assertEquals(1, run.exit(), run.toString());
            assertEquals(1, lines(run.err(), "IN DOUBT row 3"), run.err());
            assertEquals(1, lines(run.err(), "FAILED"), "one failure line, not one per message left: " + run.err());
            assertTrue(run.out().contains("stopped early: cannot connect to the SMTP server"), run.out());
            assertTrue(run.out().contains("3 message(s) not attempted"), run.out());
            assertTrue(run.out().contains("1 in doubt"), run.out());
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
