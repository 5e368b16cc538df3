package com.ratecard.render.pdf;

import com.ratecard.data.MarketData;
import com.ratecard.render.Audience;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The agency's deal sheet for one opening, an internal PDF: {@code templates/dealsheet/dealsheet.ftlh}
 * filled from a {@link DealSheetModel} and made like the proposal ({@link XhtmlPdf}, PDF/A-1b). It
 * holds what the client never sees (pay rate, markup, margin, every policy value, the trail with
 * its data files and lines), so its audience is {@link Audience#INTERNAL} and its name says
 * so: {@code <base>.internal-deal-sheet.pdf}. Thread-safe and reusable.
 */
public final class DealSheetRenderer implements Renderer {
    /** The page template, inside {@code <templates>/dealsheet}. */
    public static final String TEMPLATE = "dealsheet.ftlh";
    /** What ends a deal sheet's file name. */
    public static final String SUFFIX = ".internal-deal-sheet.pdf";

    private final XhtmlPdf pdf;
    private final MarketData data;

    /**
     * @param templates the templates folder (holding {@code dealsheet/})
     * @param data the market data the quotes were priced with (for the policy values and sources)
     */
    public DealSheetRenderer(Path templates, MarketData data) {
        this.pdf = new XhtmlPdf(templates, "dealsheet");
        this.data = data;
    }

    @Override
    public String format() {
        return "deal";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public Audience audience() {
        return Audience.INTERNAL;
    }

    @Override
    public String fileName(String base) {
        return base + SUFFIX;
    }

    @Override
    public void render(QuoteDocument document, OutputStream out) throws IOException {
        pdf.write(TEMPLATE, DealSheetModel.of(document, data), document.brand(), ProposalImages.logos(document), out);
    }

    /** The XHTML Flying Saucer lays out: the filled template. */
    String xhtml(QuoteDocument document) {
        return pdf.xhtml(TEMPLATE, DealSheetModel.of(document, data));
    }
}
