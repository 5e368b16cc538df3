package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.delivery.batch.ManifestStore;
import com.ratecard.delivery.manifest.Manifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BatchCommandTest {
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

    private String outDir() {
        return dir.resolve("out").toString();
    }

    @Test
    void sampleBatchSucceedsThenSkips() throws IOException {
        assertEquals(ExitCodes.OK, execute("batch", "samples/openings.csv", "--out", outDir(), "--format", "json"));
        assertTrue(out.toString().contains("16 rows: 16 written, 0 unchanged (skipped), 0 failed"), out.toString());
        assertTrue(out.toString().contains("7 rate cards"), out.toString());
        assertTrue(err.toString().contains("batch: 16/16 (100%) ok 16, skipped 0, failed 0"), "plain progress lines off a terminal:\n" + err);
        Manifest manifest = ManifestStore.read(dir.resolve("out/manifest.json"));
        assertEquals("samples/openings.csv", manifest.input());
        assertEquals(java.util.List.of("json"), manifest.formats());

        out.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, execute("batch", "samples/openings.csv", "--out", outDir(), "--format", "json", "--zip"));
        assertTrue(out.toString().contains("16 rows: 0 written, 16 unchanged (skipped), 0 failed"), out.toString());
        assertTrue(Files.exists(dir.resolve("out/acme-robotics.zip")));
    }

    @Test
    void badRowsArePartialFailure() {
        assertEquals(ExitCodes.PARTIAL_FAILURE, execute("batch", "samples/openings-with-errors.csv", "--out", outDir(),
                "--format", "json", "--jobs", "1"));
        String text = out.toString();
        assertTrue(text.contains("7 rows: 2 written, 0 unchanged (skipped), 5 failed"), text);
        assertTrue(text.contains("    openings-with-errors.csv:4: budget: \"abc\" is not an amount"), text);
        assertTrue(text.contains("    openings-with-errors.csv:5: client: missing"), text);
    }

    @Test
    void yamlInput() {
        assertEquals(ExitCodes.OK, execute("batch", "samples/openings.yaml", "--out", outDir(), "--format", "json"));
        assertTrue(out.toString().contains("5 rows: 5 written"), out.toString());
    }

    @Test
    void unreadableInputAndBadOptionsAreBadInput() throws IOException {
        assertEquals(ExitCodes.BAD_INPUT, execute("batch", dir.resolve("missing.csv").toString(), "--out", outDir(), "--format", "json"));
        assertTrue(err.toString().contains("missing.csv: no such file"), err.toString());
        Path header = Files.writeString(dir.resolve("header.csv"), "client,role,salary\nAcme,MLOps,1\n");
        assertEquals(ExitCodes.BAD_INPUT, execute("batch", header.toString(), "--out", outDir(), "--format", "json"));
        assertTrue(err.toString().contains("header.csv:1: header: unknown column \"salary\""), err.toString());
        assertEquals(ExitCodes.BAD_INPUT, execute("batch", "samples/openings.csv", "--out", outDir(), "--format", "docx"));
        assertTrue(err.toString().contains("unknown format \"docx\""), err.toString());
        assertEquals(ExitCodes.BAD_INPUT, execute("batch", "samples/openings.csv", "--out", outDir(), "--format", "json", "--jobs", "0"));
        assertEquals(ExitCodes.BAD_INPUT, execute("batch", "samples/openings.csv", "--out", outDir(), "--format", "json", "--brand", "nope"));
        assertEquals(ExitCodes.BAD_INPUT, execute("batch", "samples/openings.csv", "--out", outDir(), "--format", "json", "--jobs", "x"));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(ExitCodes.BAD_INPUT, execute("batch", "samples/openings.csv", "--out", file.toString(), "--format", "json"));
        assertFalse(Files.exists(dir.resolve("out")), "nothing written for bad input");
    }

    @Test
    void invalidSalaryDataIsADataError() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
        }
        Files.writeString(data.resolve("levels.csv"), "senior,Senior,x,5,8,,bad\n", StandardOpenOption.APPEND);
        assertEquals(ExitCodes.DATA_ERROR, execute("batch", "samples/openings.csv", "--out", outDir(), "--format", "json",
                "--data", data.toString()));
    }

    @Test
    void helpListsTheExitCodes() {
        assertEquals(0, execute("batch", "--help"));
        String help = out.toString();
        assertTrue(help.contains("--jobs") && help.contains("--zip") && help.contains("--force"), help);
        assertTrue(help.contains("4   partial failure"), help);
        assertTrue(BatchCommand.formats().contains("json"));
    }
}
