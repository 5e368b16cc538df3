package com.ratecard.cli;

import com.ratecard.data.MarketData;
import com.ratecard.render.Renderer;
import com.ratecard.render.json.JsonRenderer;
import com.ratecard.render.pdf.DealSheetRenderer;
import com.ratecard.render.pdf.PdfRenderer;
import com.ratecard.render.xlsx.XlsxRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The output formats ratecard can write, by name. */
final class Renderers {
    /** What generate and batch write unless told otherwise: the client's workbook and proposal, the agency's deal sheet. */
    static final String DEFAULT = "xlsx,pdf,deal";

    /** How a format's renderer is made: from the templates folder, the market data and the options. */
    private interface Factory {
        Renderer make(Path templates, MarketData data, Options options);
    }

    /** Options that change what a renderer writes: {@code appendix} gives proposals the longer appendix. */
    record Options(boolean appendix) {
        static final Options NONE = new Options(false);
    }

    private static final Map<String, Factory> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("xlsx", (templates, data, options) -> new XlsxRenderer(templates, data));
        FORMATS.put("pdf", (templates, data, options) -> new PdfRenderer(templates, data, options.appendix()));
        FORMATS.put("deal", (templates, data, options) -> new DealSheetRenderer(templates, data));
        FORMATS.put("json", (templates, data, options) -> new JsonRenderer());
    }

    private Renderers() {}

    static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    /** The names for picocli's help (${COMPLETION-CANDIDATES}) and shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names().iterator();
        }
    }

    static List<Renderer> parse(String formats, Path templates, MarketData data) {
        return parse(formats, templates, data, Options.NONE);
    }

    /** Renderers for a comma-separated list such as "xlsx,pdf", in that order. */
    static List<Renderer> parse(String formats, Path templates, MarketData data, Options options) {
        List<Renderer> out = new ArrayList<>();
        for (String name : formats.split(",")) {
            String format = name.strip().toLowerCase(Locale.ROOT);
            if (format.isEmpty()) continue;
            Factory factory = FORMATS.get(format);
            if (factory == null) {
                throw new BadOption("format", "--format: unknown format \"" + name.strip() + "\"; expected "
                        + String.join(", ", FORMATS.keySet()) + " (comma-separated)");
            }
            if (out.stream().noneMatch(r -> r.format().equals(format))) out.add(factory.make(templates, data, options));
        }
        if (out.isEmpty()) throw new BadOption("format", "--format: none given; expected " + String.join(",", FORMATS.keySet()));
        return out;
    }
}
