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
    static final List<String> HEADINGS = List.of("Executive summary", "How to engage", "Your budget", "Market data",
            "Percentiles", "Ranges compared", "Location", "Skills and credentials", "Table stakes", "Certifications",
            "Engagement options", "Alternatives", "What each role covers", "Method and sources",
            "The guide\u2019s figures, for comparison", "Every figure and where it comes from", "Sources",
            "Assumptions and policy values");
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
    void summaryPrintsTheRecommendationTotalCompAndVerdict() {
        String page = sample.page(sample.pageOf("Executive summary"));
        for (long figure : List.of(quote.recommendedBase().low(), quote.recommendedBase().high(),
                quote.totalComp().range().low(), quote.totalComp().range().high(), Math.round(quote.budget().amount()),
                Math.round(quote.budget().gap()))) {
            assertTrue(page.contains(money(figure)), "summary lacks " + money(figure) + ":\n" + page);
        }
        assertTrue(page.contains(quote.budget().verdict().label()), page);
        quote.budget().levers().forEach(l -> assertTrue(page.contains(money(Math.round(l.newMinimum()))), l.label()));
    }

    @Test
    void marketSectionPrintsEverySourceTheBlendAndPercentiles() {
        String page = sample.page(sample.pageOf("Market data"));
        for (SourceQuote s : quote.market().sources()) {
            assertTrue(page.contains(s.source()), s.source());
            assertTrue(page.contains(money(s.low())) && page.contains(money(s.high())), s.source());
        }
        var p = quote.percentiles();
        for (long figure : List.of(quote.market().blended().low(), quote.market().blended().high(), p.p10(), p.p25(),
                p.p50(), p.p75(), p.p90())) {
            assertTrue(page.contains(money(figure)), money(figure));
        }
        assertTrue(page.contains(quote.market().confidence().label()));
    }

    @Test
    void engagementSectionPrintsRatesFeesAndTimeToFill() {
        String page = sample.page(sample.pageOf("Engagement options"));
        var c = quote.contract();
        for (double rate : List.of(c.billRate().low(), c.billRate().high(), c.payRate().low(), c.payRate().high())) {
            assertTrue(page.contains(hourly(rate)), hourly(rate) + " missing:\n" + page);
        }
        assertTrue(page.contains(money(quote.fees().directHireFee().low())));
        assertTrue(page.contains(money(quote.fees().conversionFee().high())));
        assertTrue(page.contains(quote.timeToFillDays() + " days"));
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
    void methodSectionPrintsTheExplanationTrailAndPolicy() {
        String text = sample.flatText();
        quote.explanation().forEach(e -> assertTrue(text.contains(e.figure()), e.figure()));
        Fixtures.MARKET.policy().all().forEach(v -> assertTrue(text.contains(v.key().key()), v.key().key()));
        assertTrue(text.contains("January 1, 2026"), "as-of date");
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
        List<String> headings = List.of("Executive summary", "Market data", "Location", "Skills and credentials",
                "Engagement options", "Alternatives", "Method and sources");
        int previous = 1;
        for (String heading : headings) {
            int page = sample.pageOf(heading + "\n");
            assertTrue(page >= previous, heading + " on page " + page + " before page " + previous);
            previous = page;
        }
        assertTrue(sample.pages.size() >= 6 && sample.pages.size() <= 12, sample.pages.size() + " pages");
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
        assertTrue(text.contains("Zoë Łukasiewicz · zoe@northbeam.example"), text);
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
        assertEquals(List.of(), pdf.orphanedHeadings(HEADINGS));
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
                String summary = pdf.page(pdf.pageOf("Executive summary"));
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
        Files.writeString(page, Files.readString(page).replace("<h2>Executive summary</h2>", "<h2>At a glance</h2>"));
        RenderedPdf pdf = RenderedPdf.render(new PdfRenderer(dir, Fixtures.MARKET), Fixtures.document(Fixtures.sample(), "northbeam"));
        assertTrue(pdf.text().contains("At a glance"));
        assertFalse(pdf.text().contains("Executive summary"));
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
