package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.render.QuoteDocument;
import java.time.LocalDate;
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

    /** The header rows of the proposal's tables, as a line of text. */
    static final List<String> TABLE_HEADERS = List.of("Change New minimum Closes the gap", "Source Low High Midpoint",
            "The same opening in Recommended base Minimum vs. here", "What the opening asks for The guide adds Low end High end",
            "Also asked for What the guide says", "What the guide says, held against this proposal The guide This proposal",
            "Step Rule Adds (low / high) Range after", "Level Recommended base Total compensation Bill rate");

    /** A day after the data's: the quote has an aging line, as every real run has. */
    static final LocalDate AGED = LocalDate.of(2026, 12, 1);

    static Stream<Arguments> samples() {
        List<Arguments> out = new ArrayList<>();
        for (Fixtures.Sample sample : Fixtures.samples()) {
            for (String brand : List.of("northbeam", "cedar-slate")) out.add(Arguments.of(sample.name(), brand, sample));
        }
        return out.stream();
    }

    /** Each sample as of the data's date and aged: the aging line changes how pages fall. */
    static Stream<Arguments> samplesBothDates() {
        return samples().flatMap(a -> Stream.of(Arguments.of(a.get()[0], a.get()[1], a.get()[2], false),
                Arguments.of(a.get()[0], a.get()[1], a.get()[2], true)));
    }

    static QuoteDocument document(Fixtures.Sample sample, String brand, boolean aged) {
        // Aged as a real run is: priced and issued the same day.
        var opening = aged ? sample.opening().with(b -> b.effectiveDate(AGED)) : sample.opening();
        return QuoteDocument.of(Fixtures.quote(opening), Fixtures.brand(brand), null, aged ? AGED : Fixtures.ISSUED);
    }

    @ParameterizedTest(name = "{0} in {1}, aged {3}")
    @MethodSource("samplesBothDates")
    void layoutHolds(String name, String brand, Fixtures.Sample sample, boolean aged) {
        RenderedPdf pdf = RenderedPdf.render(RENDERER, document(sample, brand, aged));
        assertLayout(pdf, name + " in " + brand + (aged ? ", aged" : ""));
        assertEquals(List.of(), pdf.pdfaFailures(), name);
    }

    static final DealSheetRenderer DEAL_SHEETS = new DealSheetRenderer(Fixtures.TEMPLATES, Fixtures.MARKET);

    /** The deal sheet of every sample: no length limit, but the same care. */
    @ParameterizedTest(name = "deal sheet of {0} in {1}")
    @MethodSource("samples")
    void dealSheetLayoutHolds(String name, String brand, Fixtures.Sample sample) {
        RenderedPdf pdf = RenderedPdf.render(DEAL_SHEETS, document(sample, brand, true));
        String what = "deal sheet of " + name + " in " + brand;
        assertEquals(List.of(), pdf.invisibleText(), what);
        assertEquals(List.of(), pdf.splitFigures(), what);
        assertEquals(List.of(), pdf.overflows, what);
        assertEquals(List.of(), pdf.emptyPages(1 / 3.0), what + " " + pdf.fullness());
        assertTrue(pdf.fullness().get(pdf.pages.size() - 1) > 0, what + ": the last page is blank");
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
        assertTrue(pdf.fullness().get(pdf.pages.size() - 1) > 0, what + ": the last page is blank");
        assertEquals(List.of(), pdf.orphanedHeadings(PdfRendererTest.HEADINGS), what);
        assertEquals(List.of(), pdf.orphanedHeadings(TABLE_HEADERS), what + ": a table's header row alone at the foot of a page");
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
