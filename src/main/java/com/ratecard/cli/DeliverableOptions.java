package com.ratecard.cli;

import com.ratecard.data.InputException;
import com.ratecard.data.MarketData;
import com.ratecard.render.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** --out and --format, shared by the commands that write deliverables. */
final class DeliverableOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");
    @Option(names = "--format", paramLabel = "LIST", completionCandidates = Renderers.Names.class,
            description = "Comma-separated formats: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String formats = Renderers.DEFAULT;
    @Option(names = "--appendix", description = "Give each PDF proposal the longer appendix (the build-up, every level, "
            + "every role charted, citations); without it a proposal is at most six pages.")
    boolean appendix;

    /**
     * The output folder, checked before any work: a file in the way is bad input. Nothing is
     * created here, so a run stopped by bad input leaves no empty folder behind.
     */
    Path out() {
        for (Path p = out.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) return out;
            if (Files.exists(p)) {
                throw new InputException("out", "--out " + out + ": " + (p.equals(out.toAbsolutePath().normalize()) ? "is a file"
                        : p + " is a file") + ", not a folder; expected an output folder");
            }
        }
        return out;
    }

    List<Renderer> renderers(MarketData data) {
        return Renderers.parse(formats, Home.dir().resolve("templates"), data, new Renderers.Options(appendix));
    }
}
