package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Budget;
import com.ratecard.data.Engagement;
import com.ratecard.data.Opening;
import com.ratecard.render.QuoteDocument;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every script prints: client and contact names in CJK, Arabic, Hebrew, Devanagari, Thai, Greek
 * and Cyrillic come back out of the PDF (PDFBox), drawn with real glyphs from embedded subsets,
 * and the file stays PDF/A-1b. Needs the Debian fonts of templates/fonts/fallback.yaml
 * (fonts-noto-core, fonts-noto-cjk), which .ci/run installs.
 */
class ScriptsTest {
    /**
     * The Debian fonts are there, or this is a developer's machine without them: the tests that
     * need them are skipped there, saying what to install. In CI (CI=true) missing fonts fail.
     */
    @BeforeAll
    static void fontsInstalled() {
        boolean installed = Files.isRegularFile(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"))
                && Files.isRegularFile(Path.of("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"));
        String advice = "the fallback fonts are not installed: apt-get install fonts-noto-core fonts-noto-cjk (README, \"Fonts\")";
        if (System.getenv("CI") != null) assertTrue(installed, advice);
        assumeTrue(installed, advice);
    }

    /** Script -> a client or contact name in it. */
    static final Map<String, String> NAMES = Map.of(
            "Japanese", "東京ロボティクス株式会社",
            "Chinese", "北京智能科技",
            "Korean", "서울로보틱스",
            "Arabic", "ليلى حداد",
            "Hebrew", "שרה כהן",
            "Devanagari", "प्रिया शर्मा",
            "Thai", "สมชาย ใจดี",
            "Greek", "Ωmega Λabs",
            "Cyrillic", "Наталья Смирнова");

    static RenderedPdf proposal(String client, String contact, String brand) {
        Opening opening = Opening.builder().client(client).contactName(contact).contactEmail("contact@example.com")
                .role("MLOps Engineer").level("senior").location("Seattle").engagement(Engagement.DIRECT_HIRE)
                .budget(Budget.annual(170_000L)).accountManager("Priya Natarajan").accountManagerEmail("priya@northbeam.example")
                .build();
        return RenderedPdf.render(PdfRendererTest.RENDERER,
                QuoteDocument.of(Fixtures.quote(opening), Fixtures.brand(brand), null, Fixtures.ISSUED));
    }

    @Test
    void everyScriptsNamesExtractBackFromEmbeddedSubsetsWithRealGlyphs() {
        for (String brand : List.of("northbeam", "cedar-slate")) {
            String client = String.join(" · ", NAMES.get("Japanese"), NAMES.get("Chinese"), NAMES.get("Korean"),
                    NAMES.get("Greek"), NAMES.get("Thai"));
            String contact = NAMES.get("Cyrillic") + " · " + NAMES.get("Devanagari");
            RenderedPdf pdf = proposal(client, contact, brand);
            String text = pdf.textByPosition();
            for (String script : List.of("Japanese", "Chinese", "Korean", "Greek", "Thai", "Cyrillic", "Devanagari")) {
                // A long name may wrap where its script allows (Thai between words): compare without spaces.
                assertTrue(text.replaceAll("\\s", "").contains(NAMES.get(script).replaceAll("\\s", "")),
                        brand + ": " + script + " name missing from the text: " + text.substring(0, 600));
            }
            assertFalse(text.contains("#"), "no character replaced by Flying Saucer's '#'");
            assertEquals(List.of(), pdf.notdefs, brand + ": glyphs drawn as .notdef");
            pdf.fonts.forEach(f -> assertTrue(f.embedded() && f.subset(), brand + ": " + f));
            for (String face : List.of("NotoSansCJK", "NotoSansThai", "NotoSansDevanagari")) {
                assertTrue(pdf.fonts.stream().anyMatch(f -> f.name().contains(face)), brand + ": " + face + " " + pdf.fonts);
            }
            assertEquals(List.of(), pdf.pdfaFailures(), brand);
        }
    }

    @Test
    void rightToLeftNamesPrintInReadingOrderAndExtractBack() {
        RenderedPdf pdf = proposal(NAMES.get("Hebrew"), NAMES.get("Arabic"), "northbeam");
        String text = pdf.textByPosition();
        // PDFBox puts right-to-left text it finds in display order back into reading order, and
        // joined Arabic letters back into plain ones: what comes out is what went in only if
        // the PDF shows the letters right to left, joined.
        assertTrue(text.contains(NAMES.get("Hebrew")), text);
        assertTrue(text.contains(NAMES.get("Arabic")), text);
        assertTrue(pdf.fonts.stream().anyMatch(f -> f.name().contains("NotoSansArabic")), pdf.fonts.toString());
        assertEquals(List.of(), pdf.notdefs);
        assertEquals(List.of(), pdf.pdfaFailures());
    }

    @Test
    void aLatinOnlyProposalEmbedsNoFallbackFont() {
        RenderedPdf pdf = proposal("Acme Robotics", "Dana Whitfield", "northbeam");
        pdf.fonts.forEach(f -> assertTrue(f.name().contains("Liberation"), f.toString()));
    }

    @Test
    void withoutTheFallbackFontsTheProposalStillRendersAndSaysWhatToInstall(@TempDir Path dir) throws Exception {
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        Files.writeString(fonts.resolve("fallback.yaml"), """
                folders: [%s]
                faces:
                  - {family: Noto Sans CJK JP, regular: "NotoSansCJK-Regular.ttc,0", package: fonts-noto-cjk, scripts: [han, hiragana]}
                """.formatted(dir.resolve("nowhere")));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FallbackFonts chain = FallbackFonts.load(fonts.resolve("fallback.yaml"), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(null, chain.familyFor("東".codePointAt(0)));
        assertEquals(null, chain.familyFor("京".codePointAt(0)));
        String warning = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, warning.lines().count(), "one warning per script: " + warning);
        assertTrue(warning.contains("fonts-noto-cjk") && warning.contains("U+6771"), warning);
        // The whole render goes on without them (the characters print as '#').
        Files.createDirectories(dir.resolve("proposal"));
        try (var files = Files.list(Fixtures.TEMPLATES.resolve("proposal"))) {
            for (Path file : files.toList()) Files.copy(file, dir.resolve("proposal").resolve(file.getFileName()));
        }
        RenderedPdf pdf = RenderedPdf.render(new PdfRenderer(dir, Fixtures.MARKET), Fixtures.document(
                Opening.builder().client("東京 Robotics").role("MLOps Engineer").level("senior").location("Seattle").build(),
                "northbeam"));
        assertTrue(pdf.flatText().contains("Robotics"));
        assertEquals(List.of(), pdf.pdfaFailures());
    }

    @Test
    void rightToLeftTextIsReversedWithMirroredBrackets() {
        List<String> shown = ScriptRuns.segments("שרה (כהן) לוי").stream().map(s -> s.text()).toList();
        assertEquals(List.of("יול (ןהכ) הרש"), shown, "a Hebrew name alone reads right to left, brackets mirrored");
        // In the documents' left-to-right order a name keeps its place before what follows it.
        List<String> signed = ScriptRuns.segments("ليلى حداد · priya@example.com").stream().map(s -> s.text()).toList();
        assertEquals("priya@example.com", signed.get(signed.size() - 1).strip().replace("· ", ""), signed.toString());
        List<String> mixed = ScriptRuns.segments("Prepared for שרה כהן.").stream().map(s -> s.text()).toList();
        assertEquals(List.of("Prepared for ", "ןהכ הרש", "."), mixed);
        assertEquals(List.of("Acme Robotics"), ScriptRuns.segments("Acme Robotics").stream().map(s -> s.text()).toList());
    }
}
