package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `ratecard batch ... --send`: one run prices, writes and emails; a rerun sends nothing again. */
class BatchSendTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String[] batch(String... extra) {
        String[] base = {"batch", "samples/openings.csv", "--out", dir.resolve("out").toString(), "--format", "xlsx", "--quiet",
                "--send", "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(greenMail.getSmtp().getPort()), "--retries", "0"};
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return args;
    }

    @Test
    void batchThenSendInOneRun() throws Exception {
        assertEquals(ExitCodes.OK, execute(batch()), out.toString());
        assertEquals("", out.toString(), "--quiet prints nothing when everything went well");
        MimeMessage[] acme = greenMail.getReceivedMessagesForDomain("acme-robotics.example");
        assertTrue(acme.length >= 1, out.toString());
        assertTrue(acme[0].getSubject().contains("Acme Robotics"), acme[0].getSubject());

        int before = greenMail.getReceivedMessages().length;
        assertEquals(ExitCodes.OK, execute(batch()));
        assertEquals(before, greenMail.getReceivedMessages().length, "a rerun sends nothing twice");
    }

    @Test
    void dryRunWritesTheOutbox() throws Exception {
        assertEquals(ExitCodes.OK, execute(batch("--dry-run")), out + "\n" + err);
        try (Stream<Path> files = Files.list(dir.resolve("out/outbox"))) {
            assertTrue(files.filter(f -> f.toString().endsWith(".eml")).count() >= 12);
        }
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void aRelativeOutputFolderWorksForBatchAndSend() throws Exception {
        // Users type "--out out": paths relative to the working directory must work end to end.
        String relative = Path.of("").toAbsolutePath().relativize(dir.resolve("rel-out")).toString();
        assertEquals(ExitCodes.OK, execute("batch", "samples/openings.csv", "--out", relative, "--format", "xlsx", "--quiet"),
                out.toString());
        assertEquals(ExitCodes.OK, execute("send", relative, "--dry-run"), out.toString());
        try (Stream<Path> files = Files.list(dir.resolve("rel-out/outbox"))) {
            assertTrue(files.filter(f -> f.toString().endsWith(".eml")).count() >= 12);
        }
    }
}
