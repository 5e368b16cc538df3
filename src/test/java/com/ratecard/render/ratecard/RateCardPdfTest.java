package com.ratecard.render.ratecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Engagement;
import com.ratecard.data.Opening;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Quote;
import com.ratecard.render.pdf.RenderedPdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** templates/ratecard/ratecard.ftlh rendered: the quotes' figures, the brand, PDF/A-1b, every script, restyling. */
class RateCardPdfTest {
    static RenderedPdf render(RateCardPdf pdf, RateCard card) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.write(card, out);
            return RenderedPdf.of(out.toByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static RateCardPdf brand(String id) {
        return new RateCardPdf(Fixtures.TEMPLATES, Fixtures.brand(id), Fixtures.ISSUED);
    }

    @Test
    void printsEachQuotesFiguresWithEnDashRangesAndConforms() {
        List<Quote> quotes = Fixtures.varied().stream().limit(6).map(Fixtures::quote).toList();
        RateCard card = RateCard.of("Acme Robotics", "acme-robotics", quotes.stream().map(RateCardSamples::quoted).toList());
        for (String brand : List.of("northbeam", "cedar-slate")) {
            RenderedPdf pdf = render(brand(brand), card);
            String text = pdf.flatText();
            for (Quote q : quotes) {
                double low = q.contract().billRate().low();
                double high = q.contract().billRate().high();
                assertTrue(text.contains(Money.hourly(low)) && text.contains(Money.hourly(high)), q.role().name());
                assertTrue(text.contains(Money.hourly(RateCard.midpoint(low, high))), "target: the midpoint");
                assertTrue(text.contains(Money.dollars(q.recommendedBase().low()) + " \u2013 " + Money.dollars(q.recommendedBase().high())),
                        "base range with an en dash: " + text);
            }
            assertFalse(text.matches(".*\\d - \\$.*"), "no hyphen ranges");
            assertEquals("Rate card: Acme Robotics", pdf.title);
            assertEquals(Fixtures.brand(brand).name(), pdf.author);
            assertTrue(text.contains("Issued November 29, 2026"), text);
            pdf.fonts.forEach(f -> assertTrue(f.embedded() && f.subset(), f.toString()));
            assertEquals(List.of(), pdf.pdfaFailures(), brand);
        }
    }

    @Test
    void aLongCardRepeatsItsHeaderOnEveryPage() {
        RenderedPdf pdf = render(brand("northbeam"), RateCardSamples.card("Big Client", 90));
        assertTrue(pdf.pages.size() > 1);
        for (int i = 1; i <= pdf.pages.size(); i++) {
            assertTrue(pdf.page(i).contains("Bill rate (per hour)") && pdf.page(i).contains("Minimum"), "page " + i);
            assertTrue(pdf.page(i).contains("Page " + i + " of " + pdf.pages.size()), "page " + i);
        }
        assertEquals(List.of(), pdf.pdfaFailures());
    }

    @Test
    void clientsNamedInAnyScriptPrintAndHostileTextStaysText() {
        Opening opening = Opening.builder().client("x").role("MLOps Engineer").level("senior").location("Seattle")
                .engagement(Engagement.CONTRACT).build();
        List<RateCard.Quoted> quoted = List.of(RateCardSamples.quoted(Fixtures.quote(opening)));
        String client = "東京ロボティクス <b>&amp;</b> שרה כהן";
        RenderedPdf pdf = render(brand("cedar-slate"), RateCard.of(client, "c", quoted));
        assertTrue(pdf.textByPosition().contains("東京ロボティクス <b>&amp;</b>"), pdf.textByPosition());
        assertTrue(pdf.textByPosition().contains("שרה כהן"), pdf.textByPosition());
        assertEquals(List.of(), pdf.notdefs);
        assertEquals(List.of(), pdf.pdfaFailures());
    }

    @Test
    void restylingAndRewordingNeedNoJava(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("ratecard"));
        for (String name : List.of(RateCardPdf.TEMPLATE, "ratecard.css")) {
            Files.copy(Fixtures.TEMPLATES.resolve("ratecard").resolve(name), folder.resolve(name));
        }
        Path page = folder.resolve(RateCardPdf.TEMPLATE);
        Files.writeString(page, Files.readString(page).replace("Bill rate (per hour)", "Hourly rate"));
        Files.writeString(folder.resolve("ratecard.css"), "\ntable.card th { background-color: #000000; }\n",
                java.nio.file.StandardOpenOption.APPEND);
        RenderedPdf pdf = render(new RateCardPdf(dir, Fixtures.brand("northbeam"), Fixtures.ISSUED), RateCardSamples.card("Acme", 2));
        assertTrue(pdf.text().contains("Hourly rate"));
        assertFalse(pdf.text().contains("Bill rate (per hour)"));
        assertEquals(List.of(), pdf.pdfaFailures());
    }
}
