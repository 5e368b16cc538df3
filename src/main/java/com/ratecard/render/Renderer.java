package com.ratecard.render;

import java.io.IOException;
import java.io.OutputStream;

/** Turns a quote document into one file format. Implementations are thread-safe and reusable. */
public interface Renderer {
    /** The format's name and file extension, e.g. "xlsx". */
    String format();

    void render(QuoteDocument document, OutputStream out) throws IOException;
}
