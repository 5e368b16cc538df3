package com.ratecard.cli;

import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the locations the data knows, with their bands, differentials and aliases. */
@Command(name = "locations", mixinStandardHelpOptions = true, description = "List known locations and their aliases.")
public final class LocationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        MarketData market = data.load();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-36s %-20s %-14s %s%n", "LOCATION", "AVG SALARY", "DIFFERENTIAL", "ALIASES");
        for (Location l : market.locations().items()) {
            out.printf("%-36s %-20s %-14s %s%n", l.name(), Listing.range(l.salaryLow(), l.salaryHigh()),
                    Listing.pct(l.diffLowPct()) + ".." + Listing.pct(l.diffHighPct()), String.join(", ", l.aliases()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
