package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.render.QuoteDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample opening (each samples/*.yaml file and every row of samples/openings.csv) in both
 * brands, as the client receives it: at most six pages, no page but the last under a third full,
 * a chart on the page of its table, no heading alone at the foot of a page, no text nobody can
 * read, no figure broken from its unit, and PDF/A-1b. Their deal sheets too, but for the length.
 */
class ProposalLayoutTest {
    static final PdfRenderer RENDERER = new PdfRenderer(Fixtures.TEMPLATES, Fixtures.MARKET);
    static final int MAX_PAGES = 6;
    /** Each chart's caption and a line of the table it goes with. */
    static final List<List<String>> CHARTS_AND_TABLES = List.of(
            List.of("Base salary a year: each source", "Source Low High Midpoint"),
            List.of("Recommended base a year for this opening in each market", "The same opening in"),
            List.of("Recommended base a year for this opening as each role", "What it covers"));

    static Stream<Arguments> samples() {
        List<Arguments> out = new ArrayList<>();
        for (Fixtures.Sample sample : Fixtures.samples()) {
            for (String brand : List.of("northbeam", "cedar-slate")) out.add(Arguments.of(sample.name(), brand, sample));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("samples")
    void layoutHolds(String name, String brand, Fixtures.Sample sample) {
        RenderedPdf pdf = RenderedPdf.render(RENDERER, QuoteDocument.of(Fixtures.quote(sample.opening()), Fixtures.brand(brand),
                null, Fixtures.ISSUED));
        assertLayout(pdf, name + " in " + brand);
        assertEquals(List.of(), pdf.pdfaFailures(), name);
    }

    static final DealSheetRenderer DEAL_SHEETS = new DealSheetRenderer(Fixtures.TEMPLATES, Fixtures.MARKET);

    /** The deal sheet of every sample: no length limit, but the same care. */
    @ParameterizedTest(name = "deal sheet of {0} in {1}")
    @MethodSource("samples")
    void dealSheetLayoutHolds(String name, String brand, Fixtures.Sample sample) {
        RenderedPdf pdf = RenderedPdf.render(DEAL_SHEETS, QuoteDocument.of(Fixtures.quote(sample.opening()), Fixtures.brand(brand),
                null, Fixtures.ISSUED));
        String what = "deal sheet of " + name + " in " + brand;
        assertEquals(List.of(), pdf.invisibleText(), what);
        assertEquals(List.of(), pdf.splitFigures(), what);
        assertEquals(List.of(), pdf.overflows, what);
        assertEquals(List.of(), pdf.emptyPages(1 / 3.0), what + " " + pdf.fullness());
        assertEquals(List.of(), pdf.orphanedHeadings(List.of("Check before sending", "What the client pays, and what we keep",
                "The client\u2019s budget", "Build-up, as the engine priced it", "The guide\u2019s statements and why we depart",
                "Market evidence", "Policy values (policy.csv)", "Explanation trail")), what);
        assertEquals(List.of(), pdf.pdfaFailures(), what);
    }

    static void assertLayout(RenderedPdf pdf, String what) {
        assertLayout(pdf, what, MAX_PAGES);
    }

    static void assertLayout(RenderedPdf pdf, String what, int maxPages) {
        assertTrue(pdf.pages.size() <= maxPages, what + ": " + pdf.pages.size() + " pages");
        assertEquals(List.of(), pdf.emptyPages(1 / 3.0), what + ": pages under a third full " + pdf.fullness());
        assertEquals(List.of(), pdf.orphanedHeadings(PdfRendererTest.HEADINGS), what);
        assertEquals(List.of(), pdf.invisibleText(), what);
        assertEquals(List.of(), pdf.splitFigures(), what);
        assertEquals(List.of(), pdf.overflows, what + ": text off the page");
        for (List<String> pair : CHARTS_AND_TABLES) {
            for (int page = 1; page <= pdf.pages.size(); page++) {
                String text = pdf.page(page).replaceAll("\\s+", " ");
                if (text.contains(pair.get(0))) {
                    assertTrue(text.contains(pair.get(1)), what + ": the chart \"" + pair.get(0) + "\" is on page " + page
                            + " without its table");
                }
            }
        }
    }
}
