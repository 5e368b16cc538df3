package com.ratecard.render.pdf;

import com.lowagie.text.DocumentException;
import com.ratecard.render.FlushOnClose;
import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandFont;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * The way every PDF document is made (the proposal, the deal sheet, the rate card): a FreeMarker
 * template of one folder under {@code templates/} filled from a model, parsed as XHTML, its text
 * prepared for every script ({@link ScriptRuns}), laid out by Flying Saucer in the brand's embedded
 * fonts with the fallback chain of {@code templates/fonts/fallback.yaml} (lines never breaking
 * inside a figure, {@link FigureBreaks}), and written by OpenPDF as PDF/A-1b ({@link PdfA}).
 * Images are the named logos or files of the folder, flattened for PDF/A.
 *
 * <p>Thread-safe and reusable: templates, fonts and flattened images are prepared once and shared;
 * Flying Saucer's renderer is made per call, as it holds one document's state.
 */
public final class XhtmlPdf {
    private final ProposalTemplates templates;
    private final String baseUrl;
    private final FallbackFonts fallback;
    private final ProposalImages images = new ProposalImages();
    private final Map<BrandFont, FontSet> fonts = new ConcurrentHashMap<>();

    /**
     * @param templates the templates folder
     * @param folder the document's folder inside it ({@code proposal}, {@code dealsheet}, {@code ratecard})
     */
    public XhtmlPdf(Path templates, String folder) {
        Path dir = templates.resolve(folder);
        this.templates = new ProposalTemplates(dir);
        this.baseUrl = dir.toAbsolutePath().normalize().toUri().toString();
        this.fallback = FallbackFonts.load(templates);
    }

    /** The filled template: the XHTML Flying Saucer lays out. */
    public String xhtml(String template, Object model) {
        return templates.render(template, model);
    }

    /**
     * Fills {@code template} with {@code model} and writes the PDF to {@code out}, leaving it open.
     * @param images image addresses the template uses (such as {@link BrandView#logo()}) and their files
     */
    public void write(String template, Object model, Brand brand, Map<String, Path> images, OutputStream out)
            throws IOException {
        Document document = XhtmlParser.parse(xhtml(template, model), templates.dir().resolve(template).toString());
        FontSet faces = fonts.computeIfAbsent(brand.font(), FontSet::load);
        Collection<FontFamily> fallbacks = ScriptRuns.apply(document, faces.primary(), fallback);
        ITextRenderer renderer = renderer(faces, fallbacks, images);
        renderer.setDocument(document, baseUrl);
        renderer.layout();
        try {
            // OpenPDF closes the stream it writes to; the stream is the caller's to close.
            renderer.createPDF(new FlushOnClose(out));
        } catch (DocumentException e) {
            throw new IOException("PDF not written: " + e.getMessage(), e);
        }
        out.flush();
    }

    private ITextRenderer renderer(FontSet faces, Collection<FontFamily> fallbacks, Map<String, Path> named) {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        ProposalUserAgent agent = new ProposalUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, images, named,
                templates.dir());
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent, faces.resolver(fallbacks));
        renderer.getSharedContext().setLineBreakingStrategy(FigureBreaks.INSTANCE);
        PdfA.apply(renderer);
        return renderer;
    }
}
