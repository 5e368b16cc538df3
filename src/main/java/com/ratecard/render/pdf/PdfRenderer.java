package com.ratecard.render.pdf;

import com.lowagie.text.DocumentException;
import com.ratecard.data.MarketData;
import com.ratecard.render.FlushOnClose;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import com.ratecard.render.brand.BrandFont;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * The PDF proposal: {@code templates/proposal/proposal.ftlh} (with the {@code proposal.css} it
 * includes) filled from a {@link ProposalModel}, rendered by Flying Saucer through OpenPDF into a
 * PDF/A-1b file with embedded fonts. The look and wording live in the template folder; this class
 * only wires the steps: every figure, alternatives included, comes priced in the quote.
 *
 * <p>Thread-safe and reusable: templates, fonts and flattened logos are prepared once and shared
 * (templates are re-read when their files change, logos too; a brand's font files are read once
 * per process); Flying Saucer's renderer is made per call, as it holds one document's state.
 */
public final class PdfRenderer implements Renderer {
    /** The page template, inside {@code <templates>/proposal}. */
    public static final String TEMPLATE = "proposal.ftlh";

    private final ProposalTemplates templates;
    private final MarketData data;
    private final String baseUrl;
    private final ProposalImages images = new ProposalImages();
    private final Map<BrandFont, FontSet> fonts = new ConcurrentHashMap<>();

    /**
     * @param templates the templates folder (holding {@code proposal/})
     * @param data the market data the quotes were priced with (for the method section's sources)
     */
    public PdfRenderer(Path templates, MarketData data) {
        Path folder = templates.resolve("proposal");
        this.templates = new ProposalTemplates(folder);
        this.data = data;
        this.baseUrl = folder.toAbsolutePath().normalize().toUri().toString();
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void render(QuoteDocument document, OutputStream out) throws IOException {
        ITextRenderer renderer = renderer(document);
        renderer.setDocument(XhtmlParser.parse(xhtml(document), templates.dir().resolve(TEMPLATE).toString()), baseUrl);
        renderer.layout();
        try {
            // OpenPDF closes the stream it writes to; the stream is the caller's to close.
            renderer.createPDF(new FlushOnClose(out));
        } catch (DocumentException e) {
            throw new IOException("PDF not written: " + e.getMessage(), e);
        }
        out.flush();
    }

    /** The XHTML Flying Saucer lays out: the filled template. */
    String xhtml(QuoteDocument document) {
        return templates.render(TEMPLATE, ProposalModel.of(document, data));
    }

    private ITextRenderer renderer(QuoteDocument document) {
        Map<String, Path> logos = new HashMap<>();
        logos.put(ProposalImages.AGENCY_LOGO, document.brand().logo());
        if (document.clientLogo() != null) logos.put(ProposalImages.CLIENT_LOGO, document.clientLogo());
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        ProposalUserAgent agent = new ProposalUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, images, logos,
                templates.dir());
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent,
                fonts.computeIfAbsent(document.brand().font(), FontSet::load).resolver());
        PdfA.apply(renderer);
        return renderer;
    }
}
