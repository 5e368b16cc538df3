package com.ratecard.render.pdf;

import com.ratecard.data.MarketData;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The PDF proposal: {@code templates/proposal/proposal.ftlh} (with the {@code proposal.css} it
 * includes) filled from a {@link ProposalModel}, rendered by Flying Saucer through OpenPDF into a
 * PDF/A-1b file with embedded fonts ({@link XhtmlPdf}). The look and wording live in the template
 * folder; this class only wires the steps: every figure, alternatives included, comes priced in the quote.
 *
 * <p>Thread-safe and reusable: templates, fonts and flattened logos are prepared once and shared
 * (templates are re-read when their files change, logos too; a brand's font files are read once
 * per process); Flying Saucer's renderer is made per call, as it holds one document's state.
 */
public final class PdfRenderer implements Renderer {
    /** The page template, inside {@code <templates>/proposal}. */
    public static final String TEMPLATE = "proposal.ftlh";

    private final XhtmlPdf pdf;
    private final MarketData data;

    /**
     * @param templates the templates folder (holding {@code proposal/})
     * @param data the market data the quotes were priced with (for the method section's sources)
     */
    public PdfRenderer(Path templates, MarketData data) {
        this.pdf = new XhtmlPdf(templates, "proposal");
        this.data = data;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void render(QuoteDocument document, OutputStream out) throws IOException {
        Map<String, Path> logos = new HashMap<>();
        logos.put(ProposalImages.AGENCY_LOGO, document.brand().logo());
        if (document.clientLogo() != null) logos.put(ProposalImages.CLIENT_LOGO, document.clientLogo());
        pdf.write(TEMPLATE, model(document), document.brand(), logos, out);
    }

    /** The XHTML Flying Saucer lays out: the filled template. */
    String xhtml(QuoteDocument document) {
        return pdf.xhtml(TEMPLATE, model(document));
    }

    private ProposalModel model(QuoteDocument document) {
        return ProposalModel.of(document, data);
    }
}
