package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * --data, --quiet and --verbose: every command takes them, before or after its name, and documents
 * them; they are declared once (on the top command) and every command that prices reads --data.
 */
class CommonOptionsTest {
    private static final List<String> COMMON = List.of("--data", "-q", "--quiet", "-v", "--verbose", "-h", "--help");

    @TempDir
    Path dir;

    @Test
    void everyCommandTakesAndDocumentsTheCommonOptions() {
        List<List<String>> commands = CliRun.commands();
        assertTrue(commands.size() >= 11, "walks every command: " + commands);
        for (List<String> command : commands) {
            CommandSpec spec = CliRun.command(command).getCommandSpec();
            for (String name : COMMON) {
                OptionSpec option = spec.findOption(name);
                assertNotNull(option, command + " takes " + name);
                assertFalse(String.join(" ", option.description()).isBlank(), command + " documents " + name);
            }
            String usage = CliRun.command(command).getUsageMessage();
            for (String shown : List.of("--data=DIR", "-q, --quiet", "-v, --verbose", "-h, --help")) {
                assertTrue(usage.contains(shown), command + " --help shows " + shown + ":\n" + usage);
            }
        }
    }

    @Test
    void declaredOnceOnTheTopCommand() {
        CommandSpec root = Main.commandLine(Terminal.NONE).getCommandSpec();
        for (String name : List.of("--data", "--quiet", "--verbose")) {
            assertFalse(root.findOption(name).inherited(), "declared on ratecard: " + name);
            for (List<String> command : CliRun.commands()) {
                assertTrue(CliRun.command(command).getCommandSpec().findOption(name).inherited(), command + " inherits " + name);
            }
        }
    }

    /** The commands that read the salary tables, each with arguments that would otherwise succeed. */
    private List<List<String>> pricingCommands() {
        String out = dir.resolve("out").toString();
        return List.of(
                List.of("quote", "--role", "MLOps", "--level", "mid", "--location", "Chicago"),
                List.of("generate", "--opening", "samples/acme-senior-mlops-san-diego.yaml", "--out", out, "--format", "json"),
                List.of("batch", "samples/openings.csv", "--out", out, "--format", "json"),
                List.of("roles"), List.of("locations"), List.of("skills"), List.of("data", "check"));
    }

    @Test
    void everyCommandThatPricesReadsDataWhereverItIsGiven() {
        String missing = dir.resolve("no-such-data").toString();
        for (List<String> command : pricingCommands()) {
            List<String> after = new ArrayList<>(command);
            after.addAll(List.of("--data", missing));
            List<String> before = new ArrayList<>(List.of("--data", missing));
            before.addAll(command);
            for (List<String> args : List.of(after, before)) {
                CliRun run = CliRun.run(args.toArray(String[]::new));
                assertEquals(ExitCodes.BAD_INPUT, run.code(), args + "\n" + run);
                assertEquals(List.of("ratecard: --data " + missing + ": no such folder; expected a folder of salary tables like data/"),
                        run.errLines(), args.toString());
            }
        }
        assertFalse(java.nio.file.Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void theCommonOptionsAreAcceptedWhereNothingReadsThem() {
        CliRun send = CliRun.run("send", dir.resolve("none").toString(), "--dry-run", "--data", "data", "--verbose", "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, send.code(), send.toString());
        assertTrue(send.err().contains("manifest.json not found"), "got past the options: " + send);
        assertEquals(0, CliRun.run("completion", "bash", "--data", "data", "-q").code());
        assertEquals(0, CliRun.run("help", "quote", "--verbose").code());
    }

    @Test
    void verboseAnywhereShowsTheStackTrace() {
        for (String[] args : List.of(new String[] {"--verbose", "quote", "--role", "Nope", "--level", "mid", "--location", "Chicago"},
                new String[] {"quote", "--role", "Nope", "--level", "mid", "--location", "Chicago", "-v"})) {
            CliRun run = CliRun.run(args);
            assertEquals(ExitCodes.BAD_INPUT, run.code());
            assertTrue(run.err().contains("\tat "), run.toString());
        }
        CliRun plain = CliRun.run("quote", "--role", "Nope", "--level", "mid", "--location", "Chicago");
        assertFalse(plain.err().contains("\tat "), plain.toString());
    }
}
