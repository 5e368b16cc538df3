package com.ratecard.cli;

import com.ratecard.data.MarketData;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ratecard data check}: validates a data folder. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Work with the salary tables.",
        subcommands = DataCommand.Check.class)
public final class DataCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate the salary tables; print every problem as file:line: field: problem.")
    static final class Check extends MarketDataCommand {
        @Override
        void print(MarketData market, PrintWriter out) {
            out.printf("%s: OK (%d sources, %d levels, %d source ranges, %d roles, %d locations, "
                            + "%d skills, %d guidance rows, %d facts, %d policy values)%n", data.dir(),
                    market.sources().size(), market.levels().items().size(), market.sourceRanges().size(),
                    market.roles().items().size(), market.locations().items().size(), market.skills().items().size(),
                    market.guidance().size(), market.facts().size(), market.policy().values().size());
        }
    }
}
