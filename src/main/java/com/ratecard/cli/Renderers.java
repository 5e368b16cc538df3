package com.ratecard.cli;

import com.ratecard.data.MarketData;
import com.ratecard.render.Renderer;
import com.ratecard.render.json.JsonRenderer;
import com.ratecard.render.pdf.PdfRenderer;
import com.ratecard.render.xlsx.XlsxRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/** The output formats ratecard can write, by name. */
final class Renderers {
    private static final Map<String, BiFunction<Path, MarketData, Renderer>> FORMATS = new LinkedHashMap<>();

    static {
        // format name -> renderer built from the templates folder and the market data
        FORMATS.put("xlsx", XlsxRenderer::new);
        FORMATS.put("pdf", PdfRenderer::new);
        FORMATS.put("json", (templates, data) -> new JsonRenderer());
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

    /** Renderers for a comma-separated list such as "xlsx,pdf", in that order. */
    static List<Renderer> parse(String formats, Path templates, MarketData data) {
        List<Renderer> out = new ArrayList<>();
        for (String name : formats.split(",")) {
            String format = name.strip().toLowerCase(Locale.ROOT);
            if (format.isEmpty()) continue;
            var factory = FORMATS.get(format);
            if (factory == null) {
                throw new BadOption("format", "--format: unknown format \"" + name.strip() + "\"; expected "
                        + String.join(", ", FORMATS.keySet()) + " (comma-separated)");
            }
            if (out.stream().noneMatch(r -> r.format().equals(format))) out.add(factory.apply(templates, data));
        }
        if (out.isEmpty()) throw new BadOption("format", "--format: none given; expected " + String.join(",", FORMATS.keySet()));
        return out;
    }
}
