package com.ratecard.delivery.batch;

import static com.ratecard.delivery.batch.BatchFixtures.csv;
import static com.ratecard.delivery.batch.BatchFixtures.row;
import static com.ratecard.delivery.batch.BatchFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.pricing.Money;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.pricing.Quote;
import com.ratecard.render.pdf.RenderedPdf;
import com.ratecard.render.ratecard.RateCard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rate card's figures are the individual quotes' figures, in the manifest, the PDF and the summary. */
class RateCardTest {
    @TempDir
    Path dir;

    /** Every opening of the input priced on its own, by row. */
    private static Map<Integer, Quote> quotes(Path input) {
        Map<Integer, Quote> quotes = new HashMap<>();
        OpeningSource.open(input).forEach(r -> quotes.put(r.row(), Fixtures.ENGINE.price(r.fields().build(Fixtures.MARKET.policy()))));
        return quotes;
    }

    @Test
    void sampleRateCardsEqualTheQuotes() throws IOException {
        Path input = BatchFixtures.SAMPLES.resolve("openings.csv");
        Manifest m = run(dir, input).manifest();
        Map<Integer, Quote> quotes = quotes(input);
        List<RateCard> cards = BatchFixtures.cards(m.entries());
        assertEquals(m.clients().size(), cards.size());
        int lines = 0;
        for (Manifest.Entry e : m.entries()) {
            Quote q = quotes.get(e.row());
            RateCard card = cards.stream().filter(c -> c.folder().equals(e.clientFolder())).findFirst().orElseThrow();
            RateCard.Line line = card.lines().stream().filter(l -> l.roleId().equals(q.role().id())
                    && l.levelId().equals(q.level().id()) && l.locationId().equals(q.location().id())).findFirst().orElseThrow();
            assertEquals(1, line.openings(), "the sample has one opening per role x level x location per client");
            assertEquals(q.contract().billRate().low(), line.billMin(), 0.0);
            assertEquals(q.contract().billRate().high(), line.billMax(), 0.0);
            assertEquals(Math.round((q.contract().billRate().low() + q.contract().billRate().high()) * 50) / 100.0, line.billTarget(), 0.0);
            assertEquals(q.recommendedBase().low(), line.baseLow());
            assertEquals(q.recommendedBase().high(), line.baseHigh());
            assertEquals(q.role().name(), line.role());
            assertEquals(q.level().name(), line.level());
            assertEquals(q.location().name(), line.location());
            // The manifest's own copy of the figures is the quote's.
            assertEquals(q.contract().billRate().low(), e.quote().billRate().low(), 0.0);
            assertEquals(q.contract().payRate().high(), e.quote().payRate().high(), 0.0);
            assertEquals(q.totalComp().range().high(), e.quote().totalComp().high());
            lines++;
        }
        assertEquals(m.entries().size(), lines);
        assertEquals(m.entries().size(), cards.stream().mapToInt(RateCard::openings).sum());
    }

    @Test
    void severalOpeningsOfOneCellSpanTheirQuotes() throws IOException {
        Path input = csv(dir, "openings.csv", List.of(
                row("Acme", "MLOps Engineer", "senior", "NYC", "", "direct-hire", "180000"),
                row("Acme", "MLOps Engineer", "senior", "NYC", "LLM deployment; GPU cluster management", "contract", "210000"),
                row("Acme", "Data Engineer", "entry", "Chicago", "", "direct-hire", "90000")));
        Manifest m = run(dir.resolve("out"), input).manifest();
        Map<Integer, Quote> quotes = quotes(input);
        RateCard card = BatchFixtures.cards(m.entries()).get(0);
        assertEquals(2, card.lines().size());
        RateCard.Line data = card.lines().get(0);
        RateCard.Line mlops = card.lines().get(1);
        assertEquals("Data Engineer", data.role(), "sorted by role, then level");
        assertEquals(2, mlops.openings());
        Quote plain = quotes.get(2);
        Quote premium = quotes.get(3);
        assertTrue(premium.contract().billRate().high() > plain.contract().billRate().high(), "premium skills raise the rate");
        assertEquals(Math.min(plain.contract().billRate().low(), premium.contract().billRate().low()), mlops.billMin(), 0.0);
        assertEquals(Math.max(plain.contract().billRate().high(), premium.contract().billRate().high()), mlops.billMax(), 0.0);
        assertEquals(Math.min(plain.recommendedBase().low(), premium.recommendedBase().low()), mlops.baseLow());
        assertEquals(Math.max(plain.recommendedBase().high(), premium.recommendedBase().high()), mlops.baseHigh());
        assertEquals(RateCard.midpoint(mlops.billMin(), mlops.billMax()), mlops.billTarget(), 0.0);
    }

    @Test
    void pdfShowsTheCardWithEmbeddedBrandFonts() throws IOException {
        Path input = BatchFixtures.SAMPLES.resolve("openings.csv");
        Manifest m = run(dir, input).manifest();
        RateCard card = BatchFixtures.cards(m.entries()).stream().filter(c -> c.folder().equals("acme-robotics")).findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("acme-robotics/rate-card.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages(), "one page a client can keep");
            assertEquals("Rate card: Acme Robotics", pdf.getDocumentInformation().getTitle());
            assertEquals("Northbeam Talent Partners", pdf.getDocumentInformation().getAuthor());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Rate card: Acme Robotics"), text);
            for (RateCard.Line line : card.lines()) {
                assertTrue(text.contains(Money.hourly(line.billMin())), line.toString());
                assertTrue(text.contains(Money.hourly(line.billTarget())), line.toString());
                assertTrue(text.contains(Money.hourly(line.billMax())), line.toString());
                assertTrue(text.contains(Money.dollars(line.baseLow()) + " \u2013 " + Money.dollars(line.baseHigh())), line.toString());
            }
            List<String> fonts = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("LiberationSans")), fonts.toString());
        }
        // Every card is PDF/A-1b, with the logo (shared between the run's cards).
        for (Manifest.Client client : m.clients()) {
            RenderedPdf read = RenderedPdf.of(Files.readAllBytes(dir.resolve(client.folder() + "/rate-card.pdf")));
            assertEquals(List.of(), read.pdfaFailures(), client.folder());
            try (PDDocument pdf = Loader.loadPDF(dir.resolve(client.folder() + "/rate-card.pdf").toFile())) {
                int images = 0;
                for (var name : pdf.getPage(0).getResources().getXObjectNames()) {
                    if (pdf.getPage(0).getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) images++;
                }
                assertTrue(images >= 1, client.folder());
            }
        }
    }

    @Test
    void longCardsContinueOnMorePagesWithTheHeaderRepeated() throws IOException {
        List<String> rows = new ArrayList<>();
        String[] roles = {"MLOps Engineer", "Data Engineer", "ML Engineer", "DevOps Engineer"};
        String[] levels = {"entry", "mid", "senior", "staff"};
        String[] places = {"San Francisco", "NYC", "Seattle", "Austin", "Los Angeles", "Chicago", "Remote", "national"};
        for (String role : roles) for (String level : levels) for (String place : places) {
            rows.add(row("Big Client", role, level, place, "", "contract", ""));
        }
        Path input = csv(dir, "openings.csv", rows);
        run(dir.resolve("out"), input);
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/big-client/rate-card.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pdf.getNumberOfPages());
            stripper.setEndPage(pdf.getNumberOfPages());
            assertTrue(stripper.getText(pdf).contains("Bill rate (per hour)"), "header repeated on the last page");
        }
    }

    @Test
    void cedarSlateBrandUsesItsFamily() throws IOException {
        Path input = BatchFixtures.SAMPLES.resolve("openings.yaml");
        Manifest m = BatchFixtures.runner(dir, List.of(new com.ratecard.render.json.JsonRenderer()), false, false, "cedar-slate")
                .run(OpeningSource.open(input), "openings.yaml", input).manifest();
        // The samples' account managers write from northbeam.example: the manifest says so, per address.
        Manifest.Warning warning = m.warnings().stream().filter(w -> w.code().equals("account-manager-domain")).findFirst().orElseThrow();
        assertTrue(warning.message().contains("priya@northbeam.example"), warning.message());
        assertTrue(!warning.rows().isEmpty());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("acme-robotics/rate-card.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains(Fixtures.brand("cedar-slate").name()));
            List<String> fonts = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) fonts.add(pdf.getPage(0).getResources().getFont(name).getName());
            assertTrue(fonts.stream().allMatch(f -> f.contains("LiberationSerif")), fonts.toString());
        }
        assertTrue(Files.size(dir.resolve("acme-robotics/rate-card.pdf")) > 1000);
    }
}
