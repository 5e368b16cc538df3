package com.ratecard.render.pdf;

import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Makes Flying Saucer's output PDF/A-1b: an sRGB output intent (the colours are RGB) and XMP
 * metadata mirroring the document info (title, author, subject, keywords from the template's
 * head). Each call must come at its moment: the intent needs the open writer (preWrite), the XMP
 * needs the finished info dictionary (onClose); earlier fails with an NPE or a veraPDF rule.
 * Stateless, so one instance serves every render.
 */
final class PdfA extends DefaultPDFCreationListener {
    /** The profile is parsed once; OpenPDF only reads it when writing the intent. */
    private static final ICC_Profile SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB);

    private static final PdfA INSTANCE = new PdfA();

    private PdfA() {}

    /** Call before rendering: asks OpenPDF for PDF/A-1b checks and structure. */
    static void apply(ITextRenderer renderer) {
        renderer.setPDFXConformance(PdfWriter.PDFA1B);
        renderer.setListener(INSTANCE);
    }

    @Override
    public void preWrite(ITextRenderer renderer, int pageCount) {
        try {
            renderer.getWriter().setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        renderer.getWriter().createXmpMetadata();
    }
}
