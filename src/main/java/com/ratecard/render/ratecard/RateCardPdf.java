package com.ratecard.render.ratecard;

import com.ratecard.render.brand.Brand;
import com.ratecard.render.pdf.XhtmlPdf;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * A client's rate card as a PDF a client can keep: {@code templates/ratecard/ratecard.ftlh} (with
 * its {@code ratecard.css}) filled from a {@link RateCardModel} and made like the proposal, by
 * {@link XhtmlPdf}: the brand's embedded fonts and fallback chain, its colours and logo, PDF/A-1b.
 * The look and wording live in the template folder. Thread-safe: one instance writes a run's cards.
 */
public final class RateCardPdf {
    /** The page template, inside {@code <templates>/ratecard}. */
    public static final String TEMPLATE = "ratecard.ftlh";

    private final XhtmlPdf pdf;
    private final Brand brand;
    private final LocalDate issued;

    /**
     * @param templates the templates folder (holding {@code ratecard/} and {@code fonts/})
     * @param issued the date printed on the cards
     */
    public RateCardPdf(Path templates, Brand brand, LocalDate issued) {
        this.pdf = new XhtmlPdf(templates, "ratecard");
        this.brand = brand;
        this.issued = issued;
    }

    /** Cards from the templates folder the brand was loaded from ({@code <templates>/brands/<id>}). */
    public static RateCardPdf forBrand(Brand brand, LocalDate issued) {
        return new RateCardPdf(brand.dir().toAbsolutePath().normalize().getParent().getParent(), brand, issued);
    }

    /** Writes the card to {@code out}, leaving it open. */
    public void write(RateCard card, OutputStream out) throws IOException {
        RateCardModel model = RateCardModel.of(card, brand, issued);
        pdf.write(TEMPLATE, model, brand, Map.of(model.brand().logo(), brand.logo()), out);
    }
}
