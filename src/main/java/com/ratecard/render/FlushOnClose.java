package com.ratecard.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes writes through and only flushes on close: for libraries (OpenPDF, Jackson, zip streams)
 * that close the stream they were given when the caller still owns it.
 */
public final class FlushOnClose extends FilterOutputStream {
    public FlushOnClose(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
