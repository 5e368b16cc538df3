package com.ratecard.cli;

import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.pricing.Money;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** Lists the locations the data knows, with their bands, differentials and aliases. */
@Command(name = "locations", mixinStandardHelpOptions = true, header = "List known locations and their aliases.")
public final class LocationsCommand extends MarketDataCommand {
    @Override
    void print(MarketData market, PrintWriter out) {
        out.printf("%-36s %-20s %-14s %s%n", "LOCATION", "AVG SALARY", "DIFFERENTIAL", "ALIASES");
        for (Location l : market.locations().items()) {
            out.printf("%-36s %-20s %-14s %s%n", l.name(), Listing.range(l.salaryLow(), l.salaryHigh()),
                    Money.pct(l.diffLowPct()) + ".." + Money.pct(l.diffHighPct()), String.join(", ", l.aliases()));
        }
    }
}
