package com.ratecard.cli;

import com.ratecard.data.MarketData;
import com.ratecard.data.Role;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** Lists the roles the data knows, with their bands and aliases. */
@Command(name = "roles", mixinStandardHelpOptions = true, header = "List known roles and their aliases.")
public final class RolesCommand extends MarketDataCommand {
    @Override
    void print(MarketData market, PrintWriter out) {
        out.printf("%-18s %-20s %-20s %-10s %s%n", "ROLE", "NATIONAL", "SENIOR", "PER LEVEL", "ALIASES");
        for (Role r : market.roles().items()) {
            out.printf("%-18s %-20s %-20s %-10s %s%n", r.name(), Listing.range(r.nationalLow(), r.nationalHigh()),
                    Listing.range(r.seniorLow(), r.seniorHigh()), r.perLevelData() ? "yes" : "derived",
                    String.join(", ", r.aliases()));
        }
    }
}
