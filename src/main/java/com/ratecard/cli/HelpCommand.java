package com.ratecard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ratecard help [COMMAND...]}: the full help of a command, nested ones too ({@code help data check}). */
@Command(name = "help", mixinStandardHelpOptions = true,
        header = "Show the help of ratecard or of a command.",
        description = "Same as 'ratecard COMMAND --help'.")
public final class HelpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "A command, e.g. quote or data check.")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLine target = spec.root().commandLine();
        for (String name : names) {
            CommandLine next = target.getSubcommands().get(name);
            if (next == null) {
                throw new ParameterException(target, "Unknown subcommand '" + name + "'.");
            }
            target = next;
        }
        target.usage(spec.commandLine().getOut(), spec.commandLine().getColorScheme());
        return ExitCodes.OK;
    }
}
