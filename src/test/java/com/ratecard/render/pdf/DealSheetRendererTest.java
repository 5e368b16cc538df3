package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Opening;
import com.ratecard.data.PolicyValue;
import com.ratecard.pricing.Benchmark;
import com.ratecard.pricing.Explanation;
import com.ratecard.pricing.Lever;
import com.ratecard.pricing.Quote;
import com.ratecard.render.Audience;
import com.ratecard.render.QuoteDocument;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The agency's deal sheet: everything the client's documents leave out, marked internal. */
class DealSheetRendererTest {
    static final DealSheetRenderer RENDERER = new DealSheetRenderer(Fixtures.TEMPLATES, Fixtures.MARKET);
    static Quote quote;
    static RenderedPdf sheet;

    @BeforeAll
    static void renderSample() {
        // The sample as the account manager typed it: on-site in the notes, no work arrangement.
        Opening opening = Fixtures.sample().with(b -> b.notes("Defense program; on-site three days a week."));
        quote = Fixtures.quote(opening);
        sheet = RenderedPdf.render(RENDERER, QuoteDocument.of(quote, Fixtures.brand("northbeam"), null, Fixtures.ISSUED));
    }

    static String hourly(double dollars) {
        return String.format(Locale.US, "$%.2f", dollars);
    }

    @Test
    void isInternalInItsFormatAudienceAndName() {
        assertEquals("deal", RENDERER.format());
        assertEquals("pdf", RENDERER.extension());
        assertEquals(Audience.INTERNAL, RENDERER.audience());
        assertEquals("mlops-senior-san-diego.internal-deal-sheet.pdf", RENDERER.fileName("mlops-senior-san-diego"));
        for (int page = 1; page <= sheet.pages.size(); page++) {
            assertTrue(sheet.page(page).contains("INTERNAL"), "page " + page);
            assertTrue(sheet.page(page).contains("not for the client"), "page " + page);
        }
        assertTrue(sheet.title.startsWith("Deal sheet (internal)"), sheet.title);
    }

    @Test
    void holdsTheAgencysEconomics() {
        String text = sheet.flatText();
        var c = quote.contract();
        for (double rate : List.of(c.billRate().low(), c.billRate().high(), c.payRate().low(), c.payRate().high())) {
            assertTrue(text.contains(hourly(rate)), hourly(rate));
        }
        assertTrue(text.contains("Contractor pay rate (internal)"));
        assertTrue(text.contains("Markup on pay (internal) " + Formats.pct(c.markupPct())), text);
        assertTrue(text.contains("margin on the bill rate " + Formats.pct(c.marginPct())), text);
        assertTrue(text.contains(Formats.range(quote.fees().directHireFee())));
        assertTrue(text.contains(Formats.range(quote.fees().conversionFee())));
        assertTrue(text.contains(Formats.range(quote.fees().contractTermCost())));
    }

    @Test
    void holdsEveryPolicyValueAndTheTrailWithFileAndLine() {
        String text = sheet.flatText();
        for (PolicyValue v : Fixtures.MARKET.policy().all()) {
            assertTrue(text.contains(v.key().key()), v.key().key());
            assertTrue(text.contains("policy.csv:" + v.provenance().line()), v.key().key());
        }
        for (Explanation e : quote.explanation()) {
            assertTrue(text.contains(Formats.prose(e.figure())), e.figure());
            assertTrue(text.contains(e.source().substring(0, e.source().indexOf(':') + 2)), e.source());
        }
    }

    @Test
    void holdsTheLeversTheCombinationAndTheGuidesStatementsWithTheirReasons() {
        String text = sheet.flatText();
        for (Lever l : quote.budget().levers()) assertTrue(text.contains(l.label()), l.label());
        assertTrue(text.contains("Combination: " + quote.budget().combination().label()), text);
        for (Benchmark b : quote.benchmarks()) {
            assertTrue(text.contains(Formats.prose(b.label())), b.label());
            assertTrue(text.contains(b.relation().id()), b.id());
        }
    }

    @Test
    void warnsWhatToCheckBeforeSending() {
        String text = sheet.flatText();
        assertTrue(text.contains("Check before sending"));
        assertTrue(text.contains("The notes say \"on-site\" but the opening gives no work arrangement"), text);
        assertTrue(text.contains("passes the guide's"), "the bill rate above the guide's band: " + text);
        assertTrue(text.contains("below the market floor"), text);
    }

    @Test
    void laysOutCleanlyAndConformsToPdfA1b() {
        assertEquals(List.of(), sheet.invisibleText());
        assertEquals(List.of(), sheet.splitFigures());
        assertEquals(List.of(), sheet.overflows);
        sheet.fonts.forEach(f -> assertTrue(f.embedded(), f.toString()));
        assertEquals(List.of(), sheet.pdfaFailures());
    }
}
