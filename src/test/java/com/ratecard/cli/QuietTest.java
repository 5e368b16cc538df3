package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --quiet prints results and errors only: nothing at all for a run that went well. */
class QuietTest {
    @TempDir
    Path dir;

    private static long files(Path folder, String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(f -> f.toString().endsWith(suffix)).count();
        }
    }

    private static void assertSilent(CliRun run) {
        assertEquals(ExitCodes.OK, run.code(), run.toString());
        assertEquals("", run.out(), run.toString());
        assertEquals("", run.err(), run.toString());
    }

    @Test
    void batchPrintsNothingOnSuccess() throws IOException {
        Path out = dir.resolve("out");
        assertSilent(CliRun.run("batch", "samples/openings.csv", "--out", out.toString(), "--format", "json", "--quiet"));
        assertEquals(16, files(out, ".json") - 1, "16 quotes and the manifest");
        assertSilent(CliRun.run("-q", "batch", "samples/openings.csv", "--out", out.toString(), "--format", "json"));
    }

    @Test
    void batchStillSaysWhatFailed() {
        CliRun run = CliRun.run("batch", "samples/openings-with-errors.csv", "--out", dir.resolve("out").toString(), "--format", "json",
                "--quiet", "--jobs", "1");
        assertEquals(ExitCodes.PARTIAL_FAILURE, run.code(), run.toString());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("ratecard batch: 5 of 7 openings failed:\n"), run.err());
        assertTrue(run.err().contains("    openings-with-errors.csv:4: budget: \"abc\" is not an amount"), run.err());
    }

    @Test
    void generatePrintsNothingOnSuccess() throws IOException {
        Path out = dir.resolve("out");
        assertSilent(CliRun.run("generate", "--opening", "samples/acme-senior-mlops-san-diego.yaml", "--out", out.toString(),
                "--format", "json", "--quiet"));
        assertEquals(1, files(out, ".json"));
        CliRun loud = CliRun.run("generate", "--opening", "samples/acme-senior-mlops-san-diego.yaml", "--out", out.toString(), "--format", "json",
                "--force");
        assertTrue(loud.out().startsWith("wrote "), loud.toString());
    }

    @Test
    void sendDryRunPrintsNothingOnSuccess() throws IOException {
        Path out = dir.resolve("out");
        // The quote JSON is internal and never mailed: a client format to send.
        assertSilent(CliRun.run("batch", "samples/openings.csv", "--out", out.toString(), "--format", "xlsx", "--quiet"));
        assertSilent(CliRun.run("send", out.toString(), "--dry-run", "--quiet"));
        assertTrue(files(out.resolve("outbox"), ".eml") >= 12);
        assertSilent(CliRun.run("batch", "samples/openings.csv", "--out", out.toString(), "--format", "xlsx", "--quiet", "--send", "--dry-run"));
    }

    @Test
    void dataCheckPrintsNothingWhenTheDataIsValid() {
        assertSilent(CliRun.run("data", "check", "--quiet"));
        assertTrue(CliRun.run("data", "check").out().contains(": OK ("));
    }

    @Test
    void resultsAreNotChatter() {
        CliRun quote = CliRun.run("quote", "--role", "MLOps", "--level", "mid", "--location", "Chicago", "--quiet");
        assertEquals(ExitCodes.OK, quote.code());
        assertTrue(quote.out().contains("RECOMMENDATION"), "the quote is the result: " + quote);
        assertTrue(CliRun.run("roles", "-q").out().contains("MLOps Engineer"));
        CliRun error = CliRun.run("quote", "--role", "Nope", "--level", "mid", "--location", "Chicago", "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, error.code());
        assertTrue(error.err().startsWith("ratecard: unknown role \"Nope\""), "errors still show: " + error);
    }
}
