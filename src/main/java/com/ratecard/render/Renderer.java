package com.ratecard.render;

import java.io.IOException;
import java.io.OutputStream;

/** Turns a quote document into one file format. Implementations are thread-safe and reusable. */
public interface Renderer {
    /** The format's name, as {@code --format} and the manifest spell it, e.g. "xlsx" or "deal-sheet". */
    String format();

    /** The file's extension, without the dot; by default the format's name. */
    default String extension() {
        return format();
    }

    /** Who the file is for; a file for the agency only (a deal sheet) says {@link Audience#INTERNAL}. */
    default Audience audience() {
        return Audience.CLIENT;
    }

    void render(QuoteDocument document, OutputStream out) throws IOException;
}
