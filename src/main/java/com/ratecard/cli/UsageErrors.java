package com.ratecard.cli;

import com.ratecard.data.match.NearNames;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake in the command line, in the shape users know from git and cargo: one line saying what
 * was wrong (with the nearest names for a typo), one naming the help to try; exit 2.
 */
final class UsageErrors implements IParameterExceptionHandler {
    private static final Pattern UNKNOWN_SUBCOMMAND = Pattern.compile("Unknown subcommand '(.*)'\\.?");

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("ratecard: " + describe(e));
        err.println(Usage.tryHelp(cli.getCommandSpec()));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** picocli's message, reworded where it is vague, on one line. */
    private static String describe(ParameterException e) {
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
        List<String> near = NearNames.closest(typed, names);
        if (near.isEmpty()) return "";
        return "; did you mean " + near.stream().map(n -> "'" + n + "'").collect(Collectors.joining(" or ")) + "?";
    }
}
