package com.ratecard.cli;

import com.ratecard.data.DataException;
import com.ratecard.data.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: runs the command line and maps failures to exit codes and one-line messages. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new RatecardCommand());
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose"));
        if (verbose) e.printStackTrace(err);
        if (e instanceof DataException data) {
            err.println("ratecard: the salary data has " + data.errors().size() + " problem(s):");
            data.errors().forEach(error -> err.println("  " + error));
            err.flush();
            return ExitCodes.DATA_ERROR;
        }
        if (e instanceof InputException input) {
            err.println("ratecard: " + input.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.println("ratecard: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                + (verbose ? "" : " (run with --verbose for details)"));
        err.flush();
        return ExitCodes.FAILURE;
    }
}
