package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The habits users bring from git and cargo: usage errors, help, completion, colour, version. */
class CommandLineConventionsTest {
    @TempDir
    Path dir;

    private static String tryLine(String command) {
        return "Try '" + ("ratecard " + command).strip() + " --help' for more information.";
    }

    private static void assertUsageError(CliRun run, String command, String firstLine) {
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.toString());
        assertEquals(List.of(firstLine, tryLine(command)), run.errLines(), run.toString());
        assertEquals("", run.out(), "nothing on stdout: " + run);
    }

    @Test
    void anUnknownOptionIsOneLineThenTheHelpToTry() {
        for (List<String> command : CliRun.commands()) {
            List<String> args = new ArrayList<>(command);
            // required arguments first: a missing one is reported before an unknown option
            CliRun.command(command).getCommandSpec().positionalParameters().stream().filter(p -> p.required())
                    .forEach(p -> args.add(p.paramLabel().equals("SHELL") ? "bash" : "x"));
            args.add("--frobnicate");
            assertUsageError(CliRun.run(args.toArray(String[]::new)), String.join(" ", command), "ratecard: unknown option '--frobnicate'");
        }
    }

    @Test
    void aBadValueIsOneLineThenTheHelpToTry() {
        CliRun format = CliRun.run("quote", "--role", "MLOps", "--level", "mid", "--location", "Chicago", "--format", "xml");
        assertEquals(2, format.errLines().size(), format.toString());
        assertTrue(format.errLines().get(0).startsWith("ratecard: ") && format.errLines().get(0).contains("'--format'")
                && format.errLines().get(0).contains("'xml'"), format.toString());
        assertUsageError(format, "quote", format.errLines().get(0));
        assertUsageError(CliRun.run("batch", "samples/openings.csv", "--jobs", "0"), "batch",
                "ratecard: --jobs: 0 is out of range; expected 1 to 64");
        assertUsageError(CliRun.run("generate", "--opening", "samples/acme-senior-mlops-san-diego.yaml", "--out", dir.toString(),
                "--format", "docx"), "generate", "ratecard: --format: unknown format \"docx\"; expected xlsx, pdf, deal, json (comma-separated)");
        assertUsageError(CliRun.run("send", dir.toString(), "--ssl", "--starttls", "--smtp-host", "localhost"), "send",
                "ratecard: --starttls and --ssl: choose one");
        assertUsageError(CliRun.run("batch"), "batch", "ratecard: missing required parameter: 'OPENINGS'");
        for (String command : List.of("quote", "generate")) {
            assertUsageError(CliRun.run(command), command, "ratecard: no opening given; expected --opening FILE, or at least --role, "
                    + "--level (or --years) and --location (or --remote)");
        }
        assertUsageError(CliRun.run("quote", "extra"), "quote", "ratecard: unexpected argument 'extra'");
    }

    @Test
    void nearMissesAreSuggested() {
        assertUsageError(CliRun.run("quote", "--formt", "json"), "quote", "ratecard: unknown option '--formt'; did you mean '--format'?");
        assertUsageError(CliRun.run("qoute"), "", "ratecard: 'qoute' is not a ratecard command; did you mean 'quote'?");
        assertUsageError(CliRun.run("data", "chek"), "data", "ratecard: 'chek' is not a ratecard data command; did you mean 'check'?");
        assertUsageError(CliRun.run("frobnicate"), "", "ratecard: 'frobnicate' is not a ratecard command");
    }

    @Test
    void noCommandIsShortUsageOnStderr() {
        CliRun run = CliRun.run();
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("Usage: ratecard "), run.err());
        for (String command : List.of("quote", "generate", "batch", "send", "roles", "locations", "skills", "data", "help", "completion")) {
            assertTrue(run.err().contains("\n  " + command + " "), command + " listed: " + run.err());
        }
        assertTrue(run.err().endsWith(tryLine("") + "\n"), run.err());
        CliRun help = CliRun.run("--help");
        assertTrue(run.err().lines().count() < help.out().lines().count() / 2, "short: " + run.err());
        assertFalse(run.err().contains("Folder of salary tables"), "no option list: " + run.err());
    }

    @Test
    void aGroupCommandAloneIsShortUsageOnStderr() {
        CliRun run = CliRun.run("data");
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("Usage: ratecard data "), run.err());
        assertTrue(run.err().contains("  check "), run.err());
        assertTrue(run.err().endsWith(tryLine("data") + "\n"), run.err());
    }

    @Test
    void helpCommandShowsTheSameHelpAsTheOption() {
        assertEquals(CliRun.run("--help").out(), CliRun.run("help").out());
        for (List<String> command : CliRun.commands()) {
            List<String> viaOption = new ArrayList<>(command);
            viaOption.add("--help");
            List<String> viaHelp = new ArrayList<>(List.of("help"));
            viaHelp.addAll(command);
            CliRun option = CliRun.run(viaOption.toArray(String[]::new));
            CliRun help = CliRun.run(viaHelp.toArray(String[]::new));
            assertEquals(0, option.code(), option.toString());
            assertEquals(0, help.code(), help.toString());
            assertEquals(option.out(), help.out(), String.join(" ", command));
            assertTrue(help.out().contains("Usage: ratecard " + String.join(" ", command)), help.out());
        }
        assertUsageError(CliRun.run("help", "nope"), "", "ratecard: 'nope' is not a ratecard command");
    }

    @Test
    void helpListsTheExitCodes() {
        String help = CliRun.run("--help").out();
        for (int code = 0; code <= 4; code++) assertTrue(help.contains("\n  " + code + "   "), code + ": " + help);
    }

    @Test
    void bashCompletionCompletesCommandsOptionsAndValues() throws Exception {
        CliRun bash = CliRun.run("completion", "bash");
        assertEquals(0, bash.code(), bash.toString());
        assertTrue(bash.out().contains("complete -F _complete_ratecard"), bash.out());
        assertEquals(bash.out(), CliRun.run("completion", "zsh").out(), "one script serves both (it loads bashcompinit under zsh)");
        Path script = Files.writeString(dir.resolve("ratecard.bash"), bash.out());
        assertEquals(List.of("quote"), complete(script, "ratecard", "qu"));
        assertEquals(List.of("--format"), complete(script, "ratecard", "quote", "--for"));
        assertEquals(List.of("text", "json"), complete(script, "ratecard", "quote", "--format", ""));
        assertEquals(List.of("check"), complete(script, "ratecard", "data", "ch"));
        assertTrue(complete(script, "ratecard", "batch", "--").containsAll(List.of("--data", "--quiet", "--verbose", "--jobs", "--smtp-host")));
    }

    @Test
    void theZshScriptRegistersWithZshsCompletion() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")), "zsh is not installed");
        Path script = Files.writeString(dir.resolve("ratecard.zsh"), CliRun.run("completion", "zsh").out());
        Process zsh = new ProcessBuilder("zsh", "-f", "-c", "autoload -U +X compinit && compinit -u -d '" + dir.resolve("zcompdump")
                + "'; source '" + script + "'; print -r -- $_comps[ratecard]").redirectErrorStream(true).start();
        String out = new String(zsh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(zsh.waitFor(30, TimeUnit.SECONDS));
        assertEquals("_bash_complete -F _complete_ratecard -o default\n", out, "loads without a word and registers ratecard");
    }

    /** What bash offers for the last word, with the script sourced. */
    private static List<String> complete(Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        String array = String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList());
        String program = "source '" + script + "' 2>/dev/null; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; _complete_ratecard 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program).redirectErrorStream(false).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        bash.getErrorStream().readAllBytes();
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertFalse(Terminal.of(false, Map.of()).colour(), "not a terminal");
        assertTrue(Terminal.of(true, Map.of()).colour(), "a terminal");
        assertFalse(Terminal.of(true, Map.of("NO_COLOR", "1")).colour(), "NO_COLOR");
        assertFalse(Terminal.of(true, Map.of("NO_COLOR", "no")).colour(), "NO_COLOR, whatever its value");
        assertTrue(Terminal.of(true, Map.of("NO_COLOR", "")).colour(), "an empty NO_COLOR does not count (no-color.org)");
        assertFalse(Terminal.of(true, Map.of("TERM", "dumb")).colour(), "TERM=dumb");
        assertTrue(Terminal.of(true, Map.of("NO_COLOR", "1")).interactive(), "NO_COLOR keeps the progress bar, without colour");

        assertTrue(CliRun.run(new Terminal(true, true), "--help").out().contains("\u001b["), "colour when wanted");
        assertFalse(CliRun.run(new Terminal(true, false), "--help").out().contains("\u001b["), "none with NO_COLOR");
        assertFalse(CliRun.run(new Terminal(true, false), "quote", "--frobnicate").err().contains("\u001b["));
        assertFalse(Main.commandLine().getUsageMessage().contains("\u001b["), "none when not on a terminal, as under Maven");
    }

    @Test
    void versionNamesTheDataEditionAndAsOfDate() throws Exception {
        CliRun run = CliRun.run("--version");
        assertEquals(0, run.code(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("ratecard \\S+"), run.out());
        assertTrue(lines.get(1).startsWith("salary data: 2026 edition of the salary guide, figures as of 2026-01-01 ("), run.out());

        Path data = DataCopy.of(dir);
        Files.writeString(data.resolve("policy.csv"), Files.readString(data.resolve("policy.csv")).replace("data-as-of,2026-01-01", "data-as-of,2026-07-01"));
        CliRun other = CliRun.run("--data", data.toString(), "--version");
        assertTrue(other.out().contains("figures as of 2026-07-01 (" + data + ")"), other.out());
        CliRun missing = CliRun.run("--version", "--data", dir.resolve("missing").toString());
        assertEquals(0, missing.code(), "the version still prints");
        assertTrue(missing.out().contains("salary data: --data " + dir.resolve("missing") + ": no such folder"), missing.out());
    }
}
