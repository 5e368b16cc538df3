package com.ratecard.delivery.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing a send mid-run loses nothing: a rerun sends exactly what is missing. The run goes in a
 * child JVM that the test kills; the rerun goes in-process.
 */
class InterruptedRunTest {
    private static final String USER = "priya";
    private static final String PASSWORD = "Env-Secret-77";
    private static final List<String> RECIPIENTS = List.of("dana@acme.example", "marcus@helix.example", "zoe@lukasiewicz.example");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    /** Six openings, two for each of three contacts. */
    private TestOut six() {
        TestOut t = new TestOut(dir.resolve("out"));
        t.opening(2, "Acme Robotics", "Dana Whitfield", RECIPIENTS.get(0), "ML Platform Engineer");
        t.opening(3, "Acme Robotics", "Dana Whitfield", RECIPIENTS.get(0), "Data Engineer");
        t.opening(4, "Helix Health", "Marcus Lee", RECIPIENTS.get(1), "MLOps Engineer");
        t.opening(5, "Helix Health", "Marcus Lee", RECIPIENTS.get(1), "DevOps Engineer");
        t.opening(6, "Zoë Łukasiewicz GmbH", "Zoë Łukasiewicz", RECIPIENTS.get(2), "ML Engineer");
        t.opening(7, "Zoë Łukasiewicz GmbH", "Zoë Łukasiewicz", RECIPIENTS.get(2), "Data Engineer");
        return t.write();
    }

    /** `java -cp <this classpath> com.ratecard.cli.Main send ...`, password in the environment. */
    private Process child(Path out, int port, Path log, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dratecard.home=" + Path.of("").toAbsolutePath(), "-Xshare:auto",
                "com.ratecard.cli.Main", "send", out.toString(), "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(port),
                "--smtp-user", USER, "--bcc=", "--retries", "0"));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("RATECARD_SMTP_PASSWORD", PASSWORD);
        return builder.start();
    }

    private Cli rerun(Path out, int port) throws IOException {
        Path password = Files.writeString(dir.resolve("password"), PASSWORD);
        return Cli.run("send", out.toString(), "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(port), "--smtp-user", USER,
                "--smtp-password-file", password.toString(), "--bcc=", "--retries", "0");
    }

    private static long sentLines(Path out) throws IOException {
        Path ledger = out.resolve("sent.jsonl");
        if (!Files.exists(ledger)) return 0;
        return Files.readAllLines(ledger).stream().filter(l -> l.contains("\"status\":\"sent\"")).count();
    }

    private static void await(String what, BooleanSupplier condition, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) throw new AssertionError("the child ended before " + what + ":\n" + Files.readString(log));
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("timed out waiting for " + what + ":\n" + Files.readString(log));
            }
            Thread.sleep(5);
        }
    }

    @Test
    void killedMidRunThenRerunSendsEachMessageExactlyOnce() throws Exception {
        greenMail.setUser("priya@northbeam.example", USER, PASSWORD);
        TestOut t = six();
        int port = greenMail.getSmtp().getPort();
        Path log = dir.resolve("child.log");
        // 120/min: a message every 0.5 s; the kill lands while the child waits for the next slot
        Process child = child(t.out, port, log, "--rate", "120/min");
        await("two messages recorded as sent", () -> {
            try {
                return sentLines(t.out) >= 2;
            } catch (IOException e) {
                return false;
            }
        }, child, log);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        long recorded = sentLines(t.out);
        int received = greenMail.getReceivedMessages().length;
        assertTrue(recorded >= 2 && recorded < 6, "killed mid-run after " + recorded + " messages");
        assertEquals(recorded, received, "every message the server accepted is in the ledger");
        String childOutput = Files.readString(log);
        assertFalse(childOutput.contains("summary:"), "the child did not finish: " + childOutput);

        Cli again = rerun(t.out, port);
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("summary: " + (6 - recorded) + " sent, " + recorded + " skipped (already sent), 0 failed"), again.out());
        for (String recipient : RECIPIENTS) {
            List<MimeMessage> inbox = Inbox.of(greenMail, recipient);
            assertEquals(2, inbox.size(), recipient + " got one message per opening");
            Set<String> ids = new HashSet<>();
            for (MimeMessage m : inbox) ids.add(m.getMessageID());
            assertEquals(2, ids.size(), recipient + ": two different messages");
        }
        ReliabilityTest.assertNoSecret(PASSWORD, USER, childOutput + again.all(), t.out);
    }

    @Test
    void ctrlCWaitsForTheMessageInFlightToBeRecorded() throws Exception {
        TestOut t = six();
        try (FakeSmtp smtp = new FakeSmtp()) {
            CountDownLatch secondArrived = new CountDownLatch(1);
            smtp.afterData = n -> {
                if (n == 2) {
                    secondArrived.countDown();
                    return "DELAY 1500 250 2.0.0 queued"; // the server holds its "250" while the child is asked to stop
                }
                return "250 2.0.0 queued";
            };
            Path log = dir.resolve("child.log");
            Process child = child(t.out, smtp.port(), log);
            await("the second message's data", () -> secondArrived.getCount() == 0, child, log);
            child.destroy(); // SIGTERM, as Ctrl-C or a service manager would
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(2, smtp.delivered.size(), Files.readString(log));
            assertEquals(2, sentLines(t.out), "the message in flight was recorded before the JVM exited");

            smtp.afterData = n -> "250 2.0.0 queued";
            Cli again = rerun(t.out, smtp.port());
            assertEquals(0, again.exit(), again.toString());
            assertTrue(again.out().contains("summary: 4 sent, 2 skipped"), again.out());
            assertFalse(again.all().contains("in doubt"), again.toString());
            for (String recipient : RECIPIENTS) assertEquals(2, smtp.deliveredTo(recipient).size(), recipient);
        }
    }

    @Test
    void aHardKillAfterTheDataLeavesThatMessageInDoubtAndOnlyAnExplicitResendDuplicatesIt() throws Exception {
        TestOut t = six();
        try (FakeSmtp smtp = new FakeSmtp()) {
            CountDownLatch secondArrived = new CountDownLatch(1);
            smtp.afterData = n -> {
                if (n == 2) {
                    secondArrived.countDown();
                    return "DELAY 3000 250 2.0.0 queued";
                }
                return "250 2.0.0 queued";
            };
            Path log = dir.resolve("child.log");
            Process child = child(t.out, smtp.port(), log);
            await("the second message's data", () -> secondArrived.getCount() == 0, child, log);
            child.destroyForcibly(); // SIGKILL: the server has the message, the child never heard "250"
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(1, sentLines(t.out));
            assertTrue(Files.readString(t.out.resolve("sent.jsonl")).contains("\"status\":\"committing\""));

            smtp.afterData = n -> "250 2.0.0 queued";
            Cli again = rerun(t.out, smtp.port());
            assertEquals(5, again.exit(), "in doubt is not success: " + again);
            assertTrue(again.out().contains("summary: 4 sent, 1 skipped (already sent), 0 failed, 1 in doubt"), again.out());
            assertTrue(again.out().contains("--resend-in-doubt"), again.out());
            assertTrue(again.err().contains("IN DOUBT row 3 Acme Robotics"), again.err());
            assertEquals(6, smtp.delivered.size(), "nothing sent twice without being asked");

            Cli resend = Cli.run("send", t.out.toString(), "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(smtp.port()),
                    "--smtp-user", USER, "--smtp-password-file", dir.resolve("password").toString(), "--bcc=", "--retries", "0",
                    "--resend-in-doubt");
            assertEquals(0, resend.exit(), resend.toString());
            assertTrue(resend.out().contains("summary: 1 sent, 5 skipped"), resend.out());
            assertTrue(resend.err().contains("resent: it was in doubt since"), resend.err());
            Map<String, Long> byId = new java.util.TreeMap<>();
            for (FakeSmtp.Delivered d : smtp.delivered) byId.merge(messageId(d.data()), 1L, Long::sum);
            assertEquals(6, byId.size(), "six distinct messages");
            assertEquals(1, byId.values().stream().filter(c -> c == 2).count(), "the one resent, under the same Message-ID: " + byId);
            assertEquals(0, Cli.run("send", t.out.toString(), "--dry-run").exit(), "and then nothing is in doubt");
        }
    }

    private static String messageId(String data) {
        Matcher m = Pattern.compile("(?im)^Message-ID: (<[^>]+>)").matcher(data);
        assertTrue(m.find(), data.substring(0, Math.min(500, data.length())));
        return m.group(1);
    }
}

