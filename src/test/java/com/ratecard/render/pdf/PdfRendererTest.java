package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.InputException;
import com.ratecard.data.Engagement;
import com.ratecard.data.Opening;
import com.ratecard.data.Skill;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.SourceQuote;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandLoader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

class PdfRendererTest {
    static final PdfRenderer RENDERER = new PdfRenderer(Fixtures.TEMPLATES, Fixtures.MARKET);
    /** The template's headings, to check none is left alone at the foot of a page. */
    static final List<String> HEADINGS = List.of("Where the market is", "What would close the gap",
            "What the market data says", "Location", "Skills and credentials", "Ways to engage",
            "Could an adjacent role do the work?", "How we priced this", "Appendix: how the recommendation is built",
            "The same opening at every level", "Where in the guide");
    static Quote quote;
    static RenderedPdf sample;

    @BeforeAll
    static void renderSample() {
        QuoteDocument document = Fixtures.document(Fixtures.sample(), "northbeam");
        quote = document.quote();
        sample = RenderedPdf.render(RENDERER, document);
    }

    /** Written here, not with the renderer's formatter, so a formatting slip shows. */
    static String money(long dollars) {
        return String.format(Locale.US, "$%,d", dollars);
    }

    static String hourly(double dollars) {
        return String.format(Locale.US, "$%.2f", dollars);
    }

    @Test
    void formatIsPdf() {
        assertEquals("pdf", RENDERER.format());
    }

    @Test
    void theFirstPageHoldsTheDecision() {
        String page = sample.page(1);
        for (long figure : List.of(quote.recommendedBase().low(), quote.recommendedBase().high(),
                quote.totalComp().range().low(), quote.totalComp().range().high(), Math.round(quote.budget().amount()),
                Math.round(quote.budget().gap()))) {
            assertTrue(page.contains(money(figure)), "summary lacks " + money(figure) + ":\n" + page);
        }
        assertTrue(page.contains("is below what this market pays"), page);
        assertTrue(page.contains("below the 1st percentile"), page);
        quote.budget().levers().stream().limit(DecisionView.SHOWN)
                .forEach(l -> assertTrue(page.contains(money(Math.round(l.newMinimum()))), l.label()));
        var p = quote.percentiles();
        for (long figure : List.of(p.p10(), p.p25(), p.p50(), p.p75(), p.p90())) assertTrue(page.contains(money(figure)), money(figure));
        for (String tick : List.of("10th", "25th", "median", "75th", "90th")) assertTrue(page.contains(tick), tick);
        assertTrue(page.contains("Your budget " + money(165_000)), page);
        assertTrue(page.contains("More than " + quote.timeToFillDays() + " days"), page);
        assertTrue(sample.flatText().contains("Security clearance Required"), "the opening's constraints");
    }

    @Test
    void theDecisionSaysWhatClosesTheGapOrWhatTheBudgetWouldNeed() {
        var combination = quote.budget().combination();
        String page = sample.page(1).replaceAll("\\s+", " ");
        assertTrue(page.contains("No single change is enough on its own"), page);
        assertTrue(page.contains(combination.label().substring(1)), page);
        assertTrue(page.contains(money(Math.round(combination.newMinimum()))), page);
        Opening tiny = Fixtures.sample().withBudget(com.ratecard.data.Budget.annual(60_000L));
        Quote hopeless = Fixtures.quote(tiny);
        RenderedPdf pdf = RenderedPdf.render(RENDERER, QuoteDocument.of(hopeless, Fixtures.brand("northbeam"), null, Fixtures.ISSUED));
        String first = pdf.page(1).replaceAll("\\s+", " ");
        assertTrue(first.contains("the budget would need to be at least " + money(Math.round(hopeless.budget().minimum()))), first);
    }

    @Test
    void theDecisionStaysOnePageWithManyChangesListingTheBestAndCountingTheRest() {
        Opening many = Fixtures.opening("ML Engineer", "staff", "NYC", List.of("LLM deployment", "Feature store", "Multi-cloud"),
                false, Engagement.DIRECT_HIRE, 310_000L).with(b -> b.effectiveDate(java.time.LocalDate.of(2026, 12, 1)));
        Quote q = Fixtures.quote(many);
        assertTrue(q.budget().levers().size() > DecisionView.SHOWN, q.budget().levers().toString());
        RenderedPdf pdf = RenderedPdf.render(RENDERER, QuoteDocument.of(q, Fixtures.brand("northbeam"), null, Fixtures.ISSUED));
        String first = pdf.page(1).replaceAll("\\s+", " ");
        assertTrue(first.contains("What would close the gap"), first);
        int more = q.budget().levers().size() - DecisionView.SHOWN;
        assertTrue(first.contains(more + " more change"), first);
        assertTrue(pdf.page(2).contains("What the market data says"), "the decision is one page");
    }

    @Test
    void aContractLeadsWithItsHourlyBillRateAndItsCostOverTheTerm() {
        Opening contract = Fixtures.opening("MLOps Engineer", "mid", "Austin", List.of(), false, Engagement.CONTRACT, null)
                .withBudget(com.ratecard.data.Budget.hourly(110));
        Quote q = Fixtures.quote(contract);
        RenderedPdf pdf = RenderedPdf.render(RENDERER, QuoteDocument.of(q, Fixtures.brand("northbeam"), null, Fixtures.ISSUED));
        String first = pdf.page(1);
        assertTrue(first.contains(hourly(q.contract().billRate().low()) + " \u2013 " + hourly(q.contract().billRate().high()) + "/h"), first);
        assertTrue(first.contains("OVER " + q.fees().termMonths() + " MONTHS"), first);
        assertTrue(first.contains(money(q.fees().contractTermCost().low()) + " \u2013 " + money(q.fees().contractTermCost().high())), first);
        assertTrue(first.contains("Your budget $110.00/h"), "an hourly budget on an hourly bar:\n" + first);
        assertTrue(first.contains("bill rate an hour"), first);
    }

    @Test
    void marketSectionPrintsEverySourceTheBlendAndPercentiles() {
        String page = sample.page(sample.pageOf("What the market data says"));
        for (SourceQuote s : quote.market().sources()) {
            assertTrue(page.contains(s.source()), s.source());
            assertTrue(page.contains(money(s.low())) && page.contains(money(s.high())), s.source());
        }
        var p = quote.percentiles();
        for (long figure : List.of(quote.market().blended().low(), quote.market().blended().high(), p.p10(), p.p90())) {
            assertTrue(page.contains(money(figure)), money(figure));
        }
        assertTrue(page.contains(quote.market().confidence().label()));
        assertTrue(page.replaceAll("\\s+", " ").contains("sampling different populations"), "why the aggregators read lower");
    }

    @Test
    void engagementOptionsAreInWhatTheClientPays() {
        String page = sample.page(sample.pageOf("Ways to engage"));
        var c = quote.contract();
        for (double rate : List.of(c.billRate().low(), c.billRate().high())) {
            assertTrue(page.contains(hourly(rate)), hourly(rate) + " missing:\n" + page);
        }
        assertTrue(page.contains(money(quote.fees().directHireFee().low())));
        assertTrue(page.contains(money(quote.fees().conversionFee().high())));
        assertTrue(page.contains(money(quote.fees().contractTermCost().low())));
        String text = sample.flatText();
        for (double rate : List.of(c.payRate().low(), c.payRate().high())) assertFalse(text.contains(hourly(rate)), "pay rate");
    }

    @Test
    void locationAndAlternativesMatchTheEnginesRepricing() {
        String text = sample.flatText();
        for (var location : Fixtures.MARKET.locations().items()) {
            Quote there = Fixtures.quote(quote.opening().withLocation(location.id()).withBudget(null));
            assertTrue(text.contains(location.name() + (location.equals(quote.location()) ? " (this opening)" : "")), location.name());
            assertTrue(text.contains(money(there.recommendedBase().low()) + " \u2013 " + money(there.recommendedBase().high())),
                    location.name());
        }
        for (var role : Fixtures.MARKET.roles().items()) {
            Quote as = Fixtures.quote(quote.opening().withRole(role.id()).withBudget(null));
            assertTrue(text.contains(money(as.recommendedBase().low()) + " \u2013 " + money(as.recommendedBase().high())),
                    role.name());
        }
    }

    @Test
    void theMethodNamesTheSourcesAndEveryStatementOfTheGuideWithItsReason() {
        String text = sample.flatText();
        Fixtures.MARKET.sources().forEach(s -> assertTrue(text.contains(s.name()), s.name()));
        for (var b : quote.benchmarks()) {
            assertTrue(text.contains(b.label()), b.label());
            if (!b.why().isEmpty()) assertTrue(text.contains(Formats.prose(b.why()).replace("'", "\u2019"))
                    || text.contains(Formats.prose(b.why())), "the reason for " + b.id() + ": " + b.why());
        }
    }

    @Test
    void theAppendixComesOnlyWhenAskedFor() {
        assertFalse(sample.text().contains("Appendix"));
        RenderedPdf full = RenderedPdf.render(new PdfRenderer(Fixtures.TEMPLATES, Fixtures.MARKET, true),
                Fixtures.document(Fixtures.sample(), "northbeam"));
        assertTrue(full.pages.size() > sample.pages.size(), full.pages.size() + " pages");
        String text = full.flatText();
        assertTrue(text.contains("Appendix: how the recommendation is built"));
        for (var level : Fixtures.MARKET.levels().items()) assertTrue(text.contains(level.name()), level.name());
        ProposalLayoutTest.assertLayout(full, "with the appendix", Integer.MAX_VALUE);
        assertEquals(List.of(), full.pdfaFailures());
    }

    @Test
    void everyPageHasTheBrandAndPageXOfY() {
        int count = sample.pages.size();
        for (int i = 1; i <= count; i++) {
            String page = sample.page(i);
            assertTrue(page.contains("Northbeam Talent Partners"), "page " + i);
            assertTrue(page.contains("Compensation proposal \u00b7 Acme Robotics"), "page " + i);
            assertTrue(page.contains("Page " + i + " of " + count), "page " + i + ":\n" + page);
        }
    }

    @Test
    void sectionsComeInOrderOnAHandfulOfPages() {
        List<String> headings = List.of("What the market data says", "Location", "Skills and credentials",
                "Ways to engage", "Could an adjacent role do the work?", "How we priced this");
        int previous = 1;
        for (String heading : headings) {
            int page = sample.pageOf(heading + "\n");
            assertTrue(page >= previous, heading + " on page " + page + " before page " + previous);
            previous = page;
        }
        assertTrue(sample.pages.size() >= 3 && sample.pages.size() <= ProposalLayoutTest.MAX_PAGES, sample.pages.size() + " pages");
        assertEquals(List.of(), sample.orphanedHeadings(HEADINGS));
    }

    @Test
    void allFontsAreEmbeddedLiberationFaces() {
        assertFalse(sample.fonts.isEmpty());
        sample.fonts.forEach(f -> assertTrue(f.embedded() && f.name().contains("Liberation"), f.toString()));
    }

    @Test
    void metadataNamesTheOpeningClientAndAuthor() {
        assertEquals("Senior MLOps Engineer: compensation proposal for Acme Robotics", sample.title);
        assertEquals("Priya Natarajan, Northbeam Talent Partners", sample.author);
        assertTrue(sample.subject.contains("$230,000"), sample.subject);
        assertTrue(sample.keywords.contains("MLOps Engineer"), sample.keywords);
        assertTrue(sample.subject.startsWith("Market pricing of a Senior MLOps Engineer opening"), sample.subject);
        Opening entry = Fixtures.opening("DevOps Engineer", "entry", "Chicago", List.of(), false, Engagement.DIRECT_HIRE, null);
        RenderedPdf pdf = RenderedPdf.render(RENDERER, Fixtures.document(entry, "northbeam"));
        assertTrue(pdf.subject.startsWith("Market pricing of an Entry-Level DevOps Engineer opening"), pdf.subject);
    }

    @Test
    void conformsToPdfA1b() {
        assertEquals(List.of(), sample.pdfaFailures());
    }

    @Test
    void secondBrandRendersInItsSerifFaceAndConforms() {
        RenderedPdf cedar = RenderedPdf.render(RENDERER, Fixtures.document(Fixtures.sample(), "cedar-slate"));
        assertTrue(cedar.page(1).contains("Cedar & Slate Technical Staffing"));
        assertTrue(cedar.fonts.stream().anyMatch(f -> f.name().contains("LiberationSerif")), cedar.fonts.toString());
        cedar.fonts.forEach(f -> assertTrue(f.embedded(), f.toString()));
        assertTrue(cedar.flatText().contains(money(quote.recommendedBase().low())));
        assertEquals(List.of(), cedar.pdfaFailures());
    }

    @Test
    void coBrandedWithATransparentClientLogoStillConforms() {
        Path clientLogo = Fixtures.TEMPLATES.resolve("brands/cedar-slate/logo.png");
        QuoteDocument document = QuoteDocument.of(quote, Fixtures.brand("northbeam"), clientLogo, Fixtures.ISSUED);
        RenderedPdf pdf = RenderedPdf.render(RENDERER, document);
        assertEquals(List.of(), pdf.pdfaFailures());
    }

    @Test
    void hostileTextPrintsLiterally() {
        String client = "<script>alert(1)</script> & \"Quoted\" O'Brien Ltd. Καλημέρα Привет";
        Opening opening = Opening.builder().client(client).contactName("Zoë Łukasiewicz").contactEmail("zoe@example.com")
                .role("MLOps Engineer").level("mid").location("Seattle").skills(List.of("Kubernetes"))
                .engagement(Engagement.CONTRACT).budget(com.ratecard.data.Budget.annual(150_000L))
                .accountManager("Zoë Łukasiewicz").accountManagerEmail("zoe@northbeam.example").notes("<b>not bold</b>").build();
        RenderedPdf pdf = RenderedPdf.render(RENDERER, QuoteDocument.of(Fixtures.quote(opening), Fixtures.brand("northbeam"),
                null, Fixtures.ISSUED));
        String text = pdf.flatText();
        assertTrue(text.contains("Prepared for " + client), text);
        assertTrue(text.contains("Attention: Zoë Łukasiewicz"), text);
        assertTrue(text.contains("Prepared by Zoë Łukasiewicz (zoe@northbeam.example)"), text);
        assertTrue(text.contains("<b>not bold</b>"), "the notes, literally: " + text);
        assertTrue(pdf.title.contains(client), pdf.title);
        assertTrue(pdf.author.startsWith("Zoë Łukasiewicz"), pdf.author);
        assertEquals(List.of(), pdf.overflows);
        assertEquals(List.of(), pdf.pdfaFailures());
    }

    @Test
    void longNamesAndManySkillsStayOnThePage() {
        String client = ("Consolidated Interplanetary Machine Learning Operations and Infrastructure Holdings ").repeat(4).strip();
        client = client.substring(0, Math.min(client.length(), 300));
        String unbroken = "X".repeat(140);
        List<String> skills = Fixtures.MARKET.skills().items().stream().map(Skill::id).toList();
        Opening opening = Opening.builder().client(client).contactName(unbroken).role("MLOps Engineer").level("staff")
                .location("San Francisco").skills(skills).clearance(com.ratecard.data.Clearance.REQUIRED)
                .engagement(Engagement.CONTRACT_TO_HIRE).budget(com.ratecard.data.Budget.annual(180_000L))
                .accountManager("Priya Natarajan").build();
        Quote many = Fixtures.quote(opening);
        RenderedPdf pdf = RenderedPdf.render(RENDERER, QuoteDocument.of(many, Fixtures.brand("northbeam"), null, Fixtures.ISSUED));
        assertEquals(List.of(), pdf.overflows, "text runs off the page");
        ProposalLayoutTest.assertLayout(pdf, "every skill, long names", Integer.MAX_VALUE);
        String text = pdf.flatText();
        assertTrue(text.contains(client), "the full client name on the cover");
        for (Skill skill : many.skills()) assertTrue(text.contains(skill.name()), skill.name());
        int count = pdf.pages.size();
        for (int i = 1; i <= count; i++) assertTrue(pdf.page(i).contains("Page " + i + " of " + count), "page " + i);
        assertEquals(List.of(), pdf.pdfaFailures());
    }

    @Test
    void everyVariedOpeningFillsTheTemplateWithWellFormedXhtml() throws Exception {
        var parser = DocumentBuilderFactory.newInstance();
        parser.setNamespaceAware(true);
        for (Opening opening : Fixtures.varied()) {
            String xhtml = RENDERER.xhtml(QuoteDocument.of(Fixtures.quote(opening), Fixtures.brand("northbeam"), null, Fixtures.ISSUED));
            assertNotNull(parser.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml))), opening.role());
        }
    }

    @Test
    void rendersCorrectlyFromManyThreadsAtOnce() throws Exception {
        List<Opening> openings = Fixtures.varied().subList(0, 12);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<RenderedPdf>> results = new ArrayList<>();
            for (int i = 0; i < openings.size(); i++) {
                QuoteDocument document = Fixtures.document(openings.get(i), i % 2 == 0 ? "northbeam" : "cedar-slate");
                results.add(pool.submit(() -> {
                    start.await();
                    return RenderedPdf.render(RENDERER, document);
                }));
            }
            start.countDown();
            for (int i = 0; i < openings.size(); i++) {
                RenderedPdf pdf = results.get(i).get();
                Quote expected = Fixtures.quote(openings.get(i));
                String summary = pdf.page(1);
                assertTrue(summary.contains(money(expected.recommendedBase().low()) + " \u2013 "
                        + money(expected.recommendedBase().high())), "opening " + i);
                assertTrue(pdf.page(1).contains(expected.opening().client()), "opening " + i);
                int count = pdf.pages.size();
                assertTrue(pdf.page(count).contains("Page " + count + " of " + count), "opening " + i);
                pdf.fonts.forEach(f -> assertTrue(f.embedded(), f.toString()));
                assertEquals(List.of(), pdf.orphanedHeadings(HEADINGS), "opening " + i);
                if (i % 5 == 0) assertEquals(List.of(), pdf.pdfaFailures(), "opening " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBrandWithItsOwnFontFilesEmbedsThem(@TempDir Path dir) throws Exception {
        Path brandDir = Files.createDirectories(dir.resolve("brands/acme"));
        Files.copy(Fixtures.TEMPLATES.resolve("brands/northbeam/logo.png"), brandDir.resolve("logo.png"));
        for (String face : List.of("Regular", "Bold")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("liberation/LiberationMono-" + face + ".ttf")) {
                Files.copy(in, brandDir.resolve("Acme-" + face + ".ttf"));
            }
        }
        Files.writeString(brandDir.resolve("brand.yaml"), """
                name: Acme Staffing
                logo: logo.png
                colors: {primary: "#333333", accent: "#CC0000"}
                font: {family: Acme Mono, regular: Acme-Regular.ttf, bold: Acme-Bold.ttf}
                email: {from: a@acme.example}
                """);
        Brand brand = new BrandLoader(dir.resolve("brands")).load("acme");
        RenderedPdf pdf = RenderedPdf.render(RENDERER, QuoteDocument.of(quote, brand, null, Fixtures.ISSUED));
        assertTrue(pdf.fonts.stream().anyMatch(f -> f.name().contains("LiberationMono")), pdf.fonts.toString());
        pdf.fonts.forEach(f -> assertTrue(f.embedded(), f.toString()));
        assertTrue(pdf.page(1).contains("Acme Staffing"));
        assertEquals(List.of(), pdf.pdfaFailures());
    }

    @Test
    void aRestyledTemplateChangesTheLookAndWordsWithoutJava(@TempDir Path dir) throws Exception {
        Path proposal = Files.createDirectories(dir.resolve("proposal"));
        try (var files = Files.list(Fixtures.TEMPLATES.resolve("proposal"))) {
            for (Path file : files.toList()) Files.copy(file, proposal.resolve(file.getFileName()));
        }
        // A font nobody registered (it must fall back to an embedded face) and new wording.
        Files.writeString(proposal.resolve("proposal.css"), "\nbody { font-family: Arial, Helvetica; }\n", StandardOpenOption.APPEND);
        Path page = proposal.resolve("proposal.ftlh");
        Files.writeString(page, Files.readString(page).replace("<h3>Where the market is</h3>", "<h3>At a glance</h3>"));
        RenderedPdf pdf = RenderedPdf.render(new PdfRenderer(dir, Fixtures.MARKET), Fixtures.document(Fixtures.sample(), "northbeam"));
        assertTrue(pdf.text().contains("At a glance"));
        assertFalse(pdf.text().contains("Where the market is"));
        pdf.fonts.forEach(f -> assertTrue(f.embedded(), f.toString()));
        assertEquals(List.of(), pdf.pdfaFailures());
    }

    @Test
    void aBrokenTemplateFailsTheRenderNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path proposal = Files.createDirectories(dir.resolve("proposal"));
        Files.writeString(proposal.resolve("proposal.ftlh"), "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<body>${cover.nope}</body></html>");
        PdfRenderer broken = new PdfRenderer(dir, Fixtures.MARKET);
        InputException e = assertThrows(InputException.class,
                () -> broken.render(Fixtures.document(Fixtures.sample(), "northbeam"), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().startsWith(proposal.resolve("proposal.ftlh") + ":2: template: "), e.getMessage());
    }

    @Test
    void aTemplateWritingMalformedXhtmlIsNamed(@TempDir Path dir) throws Exception {
        Path proposal = Files.createDirectories(dir.resolve("proposal"));
        Files.writeString(proposal.resolve("proposal.ftlh"), "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&nbsp;</p></body></html>");
        PdfRenderer broken = new PdfRenderer(dir, Fixtures.MARKET);
        InputException e = assertThrows(InputException.class,
                () -> broken.render(Fixtures.document(Fixtures.sample(), "northbeam"), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().startsWith(proposal.resolve("proposal.ftlh") + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("nbsp"), e.getMessage());
    }

    @Test
    void leavesTheCallersStreamOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        RENDERER.render(Fixtures.document(Fixtures.sample(), "northbeam"), out);
        assertFalse(closed[0]);
        assertTrue(out.size() > 10_000);
        assertEquals("%PDF-", out.toString(java.nio.charset.StandardCharsets.ISO_8859_1).substring(0, 5));
    }
}
