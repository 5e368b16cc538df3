package com.ratecard.cli;

import com.ratecard.pricing.PricingEngine;
import com.ratecard.render.Renderer;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** --out and --format, shared by the commands that write deliverables. */
final class DeliverableOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");
    @Option(names = "--format", paramLabel = "LIST", completionCandidates = Renderers.Names.class,
            description = "Comma-separated formats: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String formats = "xlsx,pdf";

    List<Renderer> renderers(PricingEngine engine) {
        return Renderers.parse(formats, Home.dir().resolve("templates"), engine);
    }
}
