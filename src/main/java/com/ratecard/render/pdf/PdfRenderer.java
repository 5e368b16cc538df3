package com.ratecard.render.pdf;

import com.ratecard.data.MarketData;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The client's PDF proposal: {@code templates/proposal/proposal.ftlh} (with the {@code proposal.css}
 * it includes) filled from a {@link ProposalModel} and made by {@link XhtmlPdf} (Flying Saucer,
 * OpenPDF, PDF/A-1b, embedded fonts). A one-page decision summary, the market evidence, the
 * engagement options in the client's terms and a short methodology; the longer appendix only when
 * asked for. What the client pays and why, never the agency's economics (see {@link DealSheetRenderer}).
 * The look and wording live in the template folder; every figure comes priced in the quote.
 *
 * <p>Thread-safe and reusable: templates, fonts and flattened logos are prepared once and shared.
 */
public final class PdfRenderer implements Renderer {
    /** The page template, inside {@code <templates>/proposal}. */
    public static final String TEMPLATE = "proposal.ftlh";

    private final XhtmlPdf pdf;
    private final MarketData data;
    private final boolean appendix;

    /**
     * @param templates the templates folder (holding {@code proposal/})
     * @param data the market data the quotes were priced with (for the method section's sources)
     */
    public PdfRenderer(Path templates, MarketData data) {
        this(templates, data, false);
    }

    /** @param appendix add the longer appendix (build-up, every level, citations) */
    public PdfRenderer(Path templates, MarketData data, boolean appendix) {
        this.pdf = new XhtmlPdf(templates, "proposal");
        this.data = data;
        this.appendix = appendix;
    }

    @Override
    public String format() {
        return "pdf";
    }

    /** Whether the proposals carry the longer appendix: a different document, for a batch's reuse check. */
    public boolean appendix() {
        return appendix;
    }

    @Override
    public void render(QuoteDocument document, OutputStream out) throws IOException {
        pdf.write(TEMPLATE, model(document), document.brand(), ProposalImages.logos(document), out);
    }

    /** The XHTML Flying Saucer lays out: the filled template. */
    String xhtml(QuoteDocument document) {
        return pdf.xhtml(TEMPLATE, model(document));
    }

    private ProposalModel model(QuoteDocument document) {
        return ProposalModel.of(document, data, appendix);
    }
}
