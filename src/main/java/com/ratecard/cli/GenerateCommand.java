package com.ratecard.cli;

import com.ratecard.data.MarketData;
import com.ratecard.delivery.DeliverableWriter;
import com.ratecard.delivery.manifest.WrittenFile;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Prices one opening and writes its deliverables under out/<client>/. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the workbook and/or PDF proposal for one opening to OUT/<client>/<role>-<level>-<location>.<format>.")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @ArgGroup(exclusive = false, heading = "%nOpening:%n")
    OpeningOptions opening = new OpeningOptions();
    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");
    @Option(names = "--format", paramLabel = "LIST", description = "Comma-separated formats (default: ${DEFAULT-VALUE}).")
    String formats = "xlsx,pdf";
    @Option(names = "--force", description = "Replace files of the same names (never in a batch's output folder).")
    boolean force;
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
        List<Renderer> renderers = Renderers.parse(formats, Home.dir().resolve("templates"), engine);
        Quote quote = engine.price(opening.fields().build(market.policy()));
        // every input is checked (the logo's size included) before anything is written
        QuoteDocument document = QuoteDocument.of(quote, brand.load(), brand.clientLogo(), LocalDate.now());
        List<WrittenFile> files = new DeliverableWriter(out, renderers, force).write(document);
        PrintWriter stdout = spec.commandLine().getOut();
        for (WrittenFile file : files) stdout.printf("wrote %s (%,d bytes)%n", out.resolve(file.path()), file.size());
        stdout.flush();
        return ExitCodes.OK;
    }
}
