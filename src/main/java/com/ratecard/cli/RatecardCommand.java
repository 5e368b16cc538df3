package com.ratecard.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level command: only dispatches to subcommands. */
@Command(name = "ratecard", mixinStandardHelpOptions = true, versionProvider = RatecardCommand.Version.class,
        description = "Prices IT staffing openings from market salary data and produces branded deliverables.",
        subcommands = {QuoteCommand.class, GenerateCommand.class, BatchCommand.class, SendCommand.class, ServeCommand.class,
                RolesCommand.class, LocationsCommand.class, SkillsCommand.class, DataCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:unexpected failure", "2:bad input (unknown name, malformed file, bad option)",
                "3:the salary data is invalid", "4:partial failure (some openings or messages failed)"})
public final class RatecardCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest, "dev" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RatecardCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ratecard " + (version == null ? "dev" : version)};
        }
    }
}
