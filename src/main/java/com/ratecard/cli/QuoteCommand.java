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

/** Prices one opening and prints the breakdown (text) or the quote (json); the client may be left out. */
@Command(name = "quote", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Price one opening and print the breakdown.",
        description = {"A quick price needs only --role, --level (or --years) and --location (or --remote); --client is optional."})
public final class QuoteCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;
    @ArgGroup(exclusive = false, heading = "%nOpening:%n")
    OpeningOptions opening = new OpeningOptions();
    @Mixin
    StrictOption strict;
    @Option(names = "--format", paramLabel = "text|json", description = "A readable breakdown (text, the default) or the quote as JSON.")
    Format format = Format.text;

    @Override
    public Integer call() {
        MarketData market = CommonOptions.of(spec).loadData();
        Quote quote = strict.engine(market).price(opening.fields().buildForQuote(market.policy()));
        spec.commandLine().getOut().print(format == Format.json ? QuoteJson.write(quote) + "\n" : QuoteText.write(quote));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
