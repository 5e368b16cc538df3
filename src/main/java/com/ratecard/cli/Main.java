package com.ratecard.cli;

import com.ratecard.data.DataException;
import com.ratecard.data.InputException;
import com.ratecard.data.NameIndex;
import com.ratecard.data.UnknownNameException;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point: runs the command line and maps failures to exit codes. A usage error is one line
 * saying what was wrong and a line naming the help to try, as git and cargo do; any other error is
 * one line naming the file, line and field.
 */
public final class Main {
    private static final Pattern UNKNOWN_SUBCOMMAND = Pattern.compile("Unknown subcommand '(.*)'\\.?");

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
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler(Main::failure);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("ratecard: " + describe(e));
        err.println(Usage.tryHelp(cli.getCommandSpec()));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** picocli's message, reworded where it is vague, on one line. */
    static String describe(ParameterException e) {
        CommandLine cli = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String typed = u.getUnmatched().get(0);
            if (u.isUnknownOption()) {
                String option = typed.split("=", 2)[0];
                return "unknown option '" + option + "'" + didYouMean(option, cli.getCommandSpec().optionsMap().keySet());
            }
            // A command with subcommands takes no other argument: this was meant as a command name.
            if (!cli.getSubcommands().isEmpty()) return notACommand(cli, typed);
            return "unexpected argument '" + typed + "'";
        }
        Matcher unknown = UNKNOWN_SUBCOMMAND.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (unknown.matches()) return notACommand(cli, unknown.group(1)); // from 'ratecard help NAME'

        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private static String notACommand(CommandLine group, String typed) {
        return "'" + typed + "' is not a " + group.getCommandSpec().qualifiedName() + " command"
                + didYouMean(typed, group.getSubcommands().keySet());
    }

    /** "; did you mean '--format'?" for a near miss, by the same rule as unknown roles and skills. */
    private static String didYouMean(String typed, Collection<String> names) {
        List<String> near;
        try {
            near = List.of(new NameIndex<>("name", List.copyOf(names), n -> n, List::of).resolve(typed));
        } catch (UnknownNameException e) {
            near = e.suggestions();
        }
        if (near.isEmpty()) return "";
        return "; did you mean " + near.stream().map(n -> "'" + n + "'").collect(Collectors.joining(" or ")) + "?";
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
