package com.ratecard.cli;

import com.ratecard.data.MarketData;
import com.ratecard.data.Skill;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** Lists skills by kind: premium (with the band), table stakes, certifications. */
@Command(name = "skills", mixinStandardHelpOptions = true, header = "List known skills, premiums and certifications.")
public final class SkillsCommand extends MarketDataCommand {
    @Override
    void print(MarketData market, PrintWriter out) {
        out.printf("%-64s %-14s %-18s %s%n", "SKILL", "KIND", "PREMIUM", "ALIASES");
        for (Skill s : market.skills().items()) {
            out.printf("%-64s %-14s %-18s %s%n", s.name(), s.kind().label(),
                    s.premium() ? Listing.range(s.premiumLow(), s.premiumHigh()) : "-", String.join(", ", s.aliases()));
        }
        market.combos().forEach(c -> out.printf("Combo: %s (%s)%n", c.name(), String.join(" + ", c.requiredSkillIds())));
    }
}
