package com.ratecard.cli;

import com.ratecard.data.DataException;
import com.ratecard.data.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * Entry point: runs the command line and maps failures to exit codes and one-line messages (usage
 * errors: {@link UsageErrors}).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine(Terminal.detect(), named(args)).execute(args));
    }

    /** The configured command line with every subcommand; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        return commandLine(Terminal.detect());
    }

    static CommandLine commandLine(Terminal terminal) {
        return commandLine(terminal, null);
    }

    /**
     * The command a run names: its first word that is not an option (or a value of the root's
     * {@code --data}), when it is one of ours and not a command that lists the others; else null.
     */
    static String named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) return null;
            if (arg.equals("--data")) {
                i++;
                continue;
            }
            if (arg.startsWith("-")) continue;
            return RatecardCommand.SUBCOMMANDS.containsKey(arg) && !arg.equals("help") && !arg.equals("completion") ? arg : null;
        }
        return null;
    }

    /** @param only the one subcommand to register, or null for all of them */
    static CommandLine commandLine(Terminal terminal, String only) {
        return configure(terminal, cli -> RatecardCommand.SUBCOMMANDS.forEach((name, type) -> {
            if (only == null || only.equals(name)) cli.addSubcommand(name, type);
        }));
    }

    /** The command line with one given subcommand object (a test's, holding its own state). */
    static CommandLine commandLine(Terminal terminal, Object subcommand) {
        return configure(terminal, cli -> cli.addSubcommand(subcommand));
    }

    private static CommandLine configure(Terminal terminal, java.util.function.Consumer<CommandLine> subcommands) {
        RatecardCommand root = new RatecardCommand();
        root.terminal = terminal;
        CommandLine cli = new CommandLine(root);
        subcommands.accept(cli);
        cli.setColorScheme(Help.defaultColorScheme(terminal.colour() ? Help.Ansi.ON : Help.Ansi.OFF));
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionExceptionHandler(Main::failure);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    private static int failure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean verbose = CommonOptions.of(cli.getCommandSpec()).verbose;
        if (verbose) e.printStackTrace(err);
        if (e instanceof DataException data) {
            err.println("ratecard: the salary data has " + data.errors().size() + " problem(s):");
            data.errors().forEach(error -> err.println("  " + error));
            err.flush();
            return ExitCodes.DATA_ERROR;
        }
        if (e instanceof InputException input) {
            err.println("ratecard: " + input.getMessage());
            if (e instanceof BadOption) err.println(Usage.tryHelp(cli.getCommandSpec()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("ratecard: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                + (verbose ? "" : " (run with --verbose for details)"));
        err.flush();
        return ExitCodes.FAILURE;
    }
}
