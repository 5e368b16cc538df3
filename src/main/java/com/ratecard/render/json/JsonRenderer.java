package com.ratecard.render.json;

import com.ratecard.render.Audience;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The quote as JSON (the same document as {@code ratecard quote --format json}), for scripts. It
 * holds the agency's figures (pay rate, markup, the trail), so it is internal.
 */
public final class JsonRenderer implements Renderer {
    @Override
    public String format() {
        return "json";
    }

    /** The whole quote, markup and trail included: for the agency's scripts, never for a client. */
    @Override
    public Audience audience() {
        return Audience.INTERNAL;
    }

    @Override
    public void render(QuoteDocument document, OutputStream out) throws IOException {
        out.write((QuoteJson.write(document.quote()) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
