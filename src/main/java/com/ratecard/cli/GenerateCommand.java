package com.ratecard.cli;

import com.ratecard.data.InputException;
import com.ratecard.data.MarketData;
import com.ratecard.delivery.DeliverableWriter;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.pricing.PricingEngine;
import com.ratecard.pricing.Quote;
import com.ratecard.render.ImageFile;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prices one opening and writes its deliverables under out/<client>/. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Write the workbook, PDF proposal and internal deal sheet for one opening.",
        description = {"Write the client's workbook and PDF proposal and the agency's internal deal sheet for one opening to "
                + "OUT/<client>/<role>-<level>-<place>.<format> (the deal sheet: ....internal-deal-sheet.pdf).",
                "Documents are made out to a client: --client (or the opening file's client) is required."})
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @ArgGroup(exclusive = false, heading = "%nOpening:%n")
    OpeningOptions opening = new OpeningOptions();
    @Mixin
    DeliverableOptions deliverables;
    @Option(names = "--force", description = "Replace files of the same names (never in a batch's output folder).")
    boolean force;
    @Mixin
    BrandOptions brand;
    @Mixin
    StrictOption strict;
    @Option(names = "--client-logo", paramLabel = "FILE", description = "PNG or JPEG logo to co-brand the cover.")
    Path clientLogo;

    @Override
    public Integer call() throws IOException {
        Path out = deliverables.out();
        MarketData market = CommonOptions.of(spec).loadData();
        PricingEngine engine = strict.engine(market);
        List<Renderer> renderers = deliverables.renderers(market);
        Quote quote = engine.price(opening.fields().build(market.policy()));
        // every input is checked (the logo's size included) before anything is written
        QuoteDocument document = QuoteDocument.of(quote, brand.load(), clientLogo(), LocalDate.now());
        List<WrittenFile> files = new DeliverableWriter(out, renderers, force).write(document);
        if (!CommonOptions.of(spec).quiet) {
            PrintWriter stdout = spec.commandLine().getOut();
            for (WrittenFile file : files) stdout.printf("wrote %s (%,d bytes)%n", out.resolve(file.path()), file.size());
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    /** The client logo checked to exist and be a complete PNG or JPEG of bounded size, or null. */
    private Path clientLogo() {
        if (clientLogo == null) return null;
        if (!Files.isRegularFile(clientLogo)) {
            throw new InputException("client-logo", "--client-logo: " + clientLogo + " not found; expected a PNG or JPEG file");
        }
        String name = clientLogo.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".jpg") && !name.endsWith(".jpeg")) {
            throw new BadOption("client-logo", "--client-logo: " + clientLogo + " is not .png or .jpg; expected a PNG or JPEG file");
        }
        try {
            ImageFile.check(clientLogo); // bounded before anything decodes it
        } catch (IOException e) {
            // the file's content, not the option's form: one line, no usage hint
            throw new InputException("client-logo", "--client-logo: " + clientLogo + " " + e.getMessage());
        }
        return clientLogo;
    }
}
