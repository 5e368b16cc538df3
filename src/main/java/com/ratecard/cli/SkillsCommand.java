package com.ratecard.cli;

import com.ratecard.data.MarketData;
import com.ratecard.data.Skill;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists skills by kind: premium (with the band), table stakes, certifications. */
@Command(name = "skills", mixinStandardHelpOptions = true, description = "List known skills, premiums and certifications.")
public final class SkillsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        MarketData market = data.load();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-64s %-14s %-18s %s%n", "SKILL", "KIND", "PREMIUM", "ALIASES");
        for (Skill s : market.skills().items()) {
            out.printf("%-64s %-14s %-18s %s%n", s.name(), s.kind().label(),
                    s.premium() ? Listing.range(s.premiumLow(), s.premiumHigh()) : "-", String.join(", ", s.aliases()));
        }
        market.combos().forEach(c -> out.printf("Combo: %s (%s)%n", c.name(), String.join(" + ", c.requiredSkillIds())));
        out.flush();
        return ExitCodes.OK;
    }
}
