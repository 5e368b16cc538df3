package com.ratecard.cli;

import com.ratecard.data.MarketData;
import com.ratecard.pricing.Quote;
import com.ratecard.render.json.QuoteJson;
import com.ratecard.render.text.QuoteText;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prices one opening and prints the breakdown (text) or the quote (json). */
@Command(name = "quote", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Price one opening and print the breakdown.")
public final class QuoteCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;
    @ArgGroup(exclusive = false, heading = "%nOpening:%n")
    OpeningOptions opening = new OpeningOptions();
    @Mixin
    DataOptions data;
    @Mixin
    StrictOption strict;
    @Option(names = "--format", description = "text (default) or json.")
    Format format = Format.text;
    @Option(names = "--verbose", description = "Show stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() {
        MarketData market = data.load();
        Quote quote = strict.engine(market).price(opening.fields().build(market.policy()));
        spec.commandLine().getOut().print(format == Format.json ? QuoteJson.write(quote) + "\n" : QuoteText.write(quote));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
