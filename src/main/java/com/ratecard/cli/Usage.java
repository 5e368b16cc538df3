package com.ratecard.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Short usage for a command that needs a subcommand, and the hint that follows every usage error. */
final class Usage {
    private Usage() {}

    /** "Try 'ratecard quote --help' for more information." */
    static String tryHelp(CommandSpec spec) {
        return "Try '" + spec.qualifiedName() + " --help' for more information.";
    }

    /** The synopsis and the subcommands on stderr: a group command run alone is a usage error. */
    static int missingCommand(CommandSpec spec) {
        CommandLine cli = spec.commandLine();
        CommandLine.Help help = cli.getHelp();
        PrintWriter err = cli.getErr();
        err.print(help.synopsisHeading());
        err.print(help.synopsis(0));
        err.print(help.commandListHeading());
        err.print(help.commandList());
        err.println(tryHelp(spec));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
