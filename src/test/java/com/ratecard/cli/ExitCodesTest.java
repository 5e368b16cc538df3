package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each exit code of the README's table, caused as a user would cause it. */
class ExitCodesTest {
    @TempDir
    Path dir;

    private static final List<String> QUICK = List.of("quote", "--role", "MLOps", "--level", "mid", "--location", "Chicago");

    private static String[] quick(String... more) {
        List<String> args = new java.util.ArrayList<>(QUICK);
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void theReadmeTableIsTheCodesTheProgramUses() throws IOException {
        Map<Integer, String> table = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| (\\d) \\| (.+) \\|$").matcher(Files.readString(Path.of("README.md")));
        while (row.find()) table.put(Integer.parseInt(row.group(1)), row.group(2));
        assertEquals(List.of(ExitCodes.OK, ExitCodes.FAILURE, ExitCodes.BAD_INPUT, ExitCodes.DATA_ERROR, ExitCodes.PARTIAL_FAILURE,
                ExitCodes.IN_DOUBT),
                List.copyOf(table.keySet()));
        String help = CliRun.run("--help").out();
        for (int code : table.keySet()) assertTrue(help.contains("\n  " + code + "   "), "--help lists " + code);
    }

    @Test
    void zeroIsSuccess() {
        assertEquals(ExitCodes.OK, CliRun.run(quick()).code());
        assertEquals(ExitCodes.OK, CliRun.run("--help").code());
        assertEquals(ExitCodes.OK, CliRun.run("--version").code());
    }

    @Test
    void oneIsASendStoppedEarly() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.OK, CliRun.run("batch", "samples/openings.csv", "--out", out.toString(), "--format", "xlsx", "-q").code());
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CliRun run = CliRun.run("send", out.toString(), "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(closed), "--retries", "0");
        assertEquals(ExitCodes.FAILURE, run.code(), run.toString());
        assertFalse(run.toString().contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void twoIsBadInputInOneLine() throws IOException {
        Map<String, CliRun> runs = new LinkedHashMap<>();
        runs.put("unknown role", CliRun.run("quote", "--role", "Astronaut", "--level", "mid", "--location", "Chicago"));
        runs.put("malformed budget", CliRun.run(quick("--budget", "lots")));
        runs.put("missing opening file", CliRun.run("quote", "--opening", dir.resolve("missing.yaml").toString()));
        runs.put("missing batch input", CliRun.run("batch", dir.resolve("missing.csv").toString(), "--out", dir.resolve("o").toString()));
        runs.put("missing data folder", CliRun.run(quick("--data", dir.resolve("missing").toString())));
        runs.put("data folder is a file", CliRun.run(quick("--data", "README.md")));
        runs.put("folder without tables", CliRun.run(quick("--data", Files.createDirectories(dir.resolve("empty")).toString())));
        runs.put("no manifest to send", CliRun.run("send", dir.toString(), "--dry-run"));
        for (var e : runs.entrySet()) {
            assertEquals(ExitCodes.BAD_INPUT, e.getValue().code(), e.getKey() + "\n" + e.getValue());
            assertEquals(1, e.getValue().errLines().size(), e.getKey() + ": one line\n" + e.getValue());
            assertTrue(e.getValue().err().startsWith("ratecard: "), e.getKey());
        }
        assertEquals(ExitCodes.BAD_INPUT, CliRun.run(quick("--frobnicate")).code(), "usage error");
        assertEquals(ExitCodes.BAD_INPUT, CliRun.run().code(), "no command");
        assertEquals(ExitCodes.BAD_INPUT, CliRun.run("data").code(), "no data subcommand");
    }

    @Test
    void twoForAnUnreadableDataFolder() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder");
        Path data = DataCopy.of(dir);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("-wx------"));
        try {
            CliRun run = CliRun.run(quick("--data", data.toString()));
            assertEquals(ExitCodes.BAD_INPUT, run.code(), run.toString());
            assertEquals(1, run.errLines().size(), run.toString());
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void threeIsInvalidSalaryData() throws IOException {
        Path data = DataCopy.of(dir);
        Files.writeString(data.resolve("levels.csv"), "senior,Senior,x,5,8,,bad\n", StandardOpenOption.APPEND);
        CliRun run = CliRun.run(quick("--data", data.toString()));
        assertEquals(ExitCodes.DATA_ERROR, run.code(), run.toString());
        assertTrue(run.err().startsWith("ratecard: the salary data has "), run.err());
        assertTrue(run.err().contains("levels.csv:"), run.err());
        Files.delete(data.resolve("sources.csv"));
        CliRun check = CliRun.run("data", "check", "--data", data.toString());
        assertEquals(ExitCodes.DATA_ERROR, check.code(), "a folder of tables with one missing is invalid data, not a wrong folder");
        assertTrue(check.err().contains("sources.csv"), check.err());
    }

    @Test
    void fourIsAPartialFailure() {
        CliRun run = CliRun.run("batch", "samples/openings-with-errors.csv", "--out", dir.resolve("out").toString(), "--format", "json");
        assertEquals(ExitCodes.PARTIAL_FAILURE, run.code(), run.toString());
        assertTrue(run.out().contains("2 written, 0 unchanged (skipped), 5 failed"), run.out());
    }
}
