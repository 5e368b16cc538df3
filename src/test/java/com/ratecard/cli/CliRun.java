package com.ratecard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** One run of the ratecard command line through execute(), as a user would type it, with what it printed. */
record CliRun(int code, String out, String err) {
    static CliRun run(String... args) {
        return run(Terminal.NONE, args);
    }

    static CliRun run(Terminal terminal, String... args) {
        CommandLine cli = Main.commandLine(terminal);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Every command and subcommand, depth first, e.g. ["quote"], ["data"], ["data", "check"]. */
    static List<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        walk(Main.commandLine(Terminal.NONE), new ArrayList<>(), all);
        return all;
    }

    private static void walk(CommandLine cli, List<String> path, List<List<String>> all) {
        for (var sub : cli.getSubcommands().entrySet()) {
            List<String> next = new ArrayList<>(path);
            next.add(sub.getKey());
            all.add(List.copyOf(next));
            walk(sub.getValue(), next, all);
        }
    }

    /** The command line model of a command path. */
    static CommandLine command(List<String> path) {
        CommandLine cli = Main.commandLine(Terminal.NONE);
        for (String name : path) cli = cli.getSubcommands().get(name);
        return cli;
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
