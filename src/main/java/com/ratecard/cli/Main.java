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
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        return commandLine(Terminal.detect());
    }

    static CommandLine commandLine(Terminal terminal) {
        RatecardCommand root = new RatecardCommand();
        root.terminal = terminal;
        CommandLine cli = new CommandLine(root);
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
