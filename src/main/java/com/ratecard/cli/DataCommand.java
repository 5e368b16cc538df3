package com.ratecard.cli;

import com.ratecard.data.MarketData;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ratecard data check}: validates a data folder. */
@Command(name = "data", mixinStandardHelpOptions = true, header = "Work with the salary tables.",
        synopsisSubcommandLabel = "COMMAND", subcommands = DataCommand.Check.class)
public final class DataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return Usage.missingCommand(spec);
    }

    @Command(name = "check", mixinStandardHelpOptions = true, header = "Validate the salary tables.",
            description = {"Print every problem as file:line: field: problem (exit 3), or one OK line.",
                    "With --quiet, print nothing when they are valid."})
    static final class Check extends MarketDataCommand {
        @Override
        void print(MarketData market, PrintWriter out) {
            if (CommonOptions.of(spec).quiet) return;
            out.printf("%s: OK (%d sources, %d levels, %d source ranges, %d roles, %d locations, "
                            + "%d skills, %d guidance rows, %d facts, %d policy values)%n", market.dir(),
                    market.sources().size(), market.levels().items().size(), market.sourceRanges().size(),
                    market.roles().items().size(), market.locations().items().size(), market.skills().items().size(),
                    market.guidance().size(), market.facts().size(), market.policy().values().size());
        }
    }
}
