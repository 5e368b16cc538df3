package com.ratecard.cli;

import com.ratecard.data.MarketData;
import com.ratecard.delivery.DeliverableWriter;
import com.ratecard.delivery.WrittenFile;
import com.ratecard.pricing.PricingEngine;
import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prices one opening and writes its deliverables under out/<client>/. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the client's workbook and PDF proposal and the agency's internal deal sheet for one opening to "
                + "OUT/<client>/<role>-<level>-<location>.<format> (the deal sheet: ....internal-deal-sheet.pdf).")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @ArgGroup(exclusive = false, heading = "%nOpening:%n")
    OpeningOptions opening = new OpeningOptions();
    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");
    @Option(names = "--format", paramLabel = "LIST", description = "Comma-separated formats (default: ${DEFAULT-VALUE}).")
    String formats = Renderers.DEFAULT;
    @Option(names = "--appendix", description = "Give each PDF proposal the longer appendix (the build-up, every level, "
            + "every role charted, citations); without it a proposal is at most six pages.")
    boolean appendix;
    @Mixin
    BrandOptions brand;
    @Mixin
    DataOptions data;
    @Option(names = "--verbose", description = "Show stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        MarketData market = data.load();
        PricingEngine engine = new PricingEngine(market);
        List<Renderer> renderers = Renderers.parse(formats, Home.dir().resolve("templates"), market,
                new Renderers.Options(appendix));
        Quote quote = engine.price(opening.fields().build(market.policy()));
        QuoteDocument document = QuoteDocument.of(quote, brand.load(), brand.clientLogo(), LocalDate.now());
        List<WrittenFile> files = new DeliverableWriter(out, renderers).write(document);
        PrintWriter stdout = spec.commandLine().getOut();
        for (WrittenFile file : files) stdout.printf("wrote %s (%,d bytes)%n", out.resolve(file.path()), file.size());
        stdout.flush();
        return ExitCodes.OK;
    }
}
