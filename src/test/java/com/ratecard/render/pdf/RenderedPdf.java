package com.ratecard.render.pdf;

import com.ratecard.render.QuoteDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** A rendered proposal read back with PDFBox: text per page, fonts, metadata, glyph positions; and veraPDF. */
public final class RenderedPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** A font as PDFBox sees it on a page; a subset's name starts with six capitals and "+". */
    public record Font(String name, boolean embedded) {
        public boolean subset() {
            return name.matches("[A-Z]{6}\\+.+");
        }
    }

    /** A glyph drawn outside the page, or into its side margins. */
    public record Overflow(int page, String text, float x, float y) {}

    public final byte[] bytes;
    public final List<String> pages = new ArrayList<>();
    public final List<Font> fonts = new ArrayList<>();
    public final List<Overflow> overflows = new ArrayList<>();
    /** Text drawn with glyph 0, .notdef (a box or nothing): a character its font lacks. */
    public final List<String> notdefs = new ArrayList<>();
    /** Per page, the lowest line of text in the body area. */
    public final List<String> lastBodyLines = new ArrayList<>();
    public final String title;
    public final String author;
    public final String subject;
    public final String keywords;

    private RenderedPdf(byte[] bytes) throws IOException {
        this.bytes = bytes;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            title = info.getTitle();
            author = info.getAuthor();
            subject = info.getSubject();
            keywords = info.getKeywords();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                PageText stripper = new PageText(i, pdf.getPage(i - 1));
                pages.add(stripper.getText(pdf));
                overflows.addAll(stripper.overflows);
                notdefs.addAll(stripper.notdefs);
                lastBodyLines.add(stripper.lastBodyLine());
            }
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(new Font(font.getName(), font.isEmbedded()));
                }
            }
        }
    }

    /** A PDF's bytes read back. */
    public static RenderedPdf of(byte[] bytes) {
        try {
            return new RenderedPdf(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderedPdf render(PdfRenderer renderer, QuoteDocument document) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(document, out);
            return new RenderedPdf(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return String.join("\n", pages);
    }

    /** The text as a reader sees it: lines top to bottom, each left to right, white space as one space. */
    public String textByPosition() {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * All text with runs of white space (line breaks included) as one space, and words the layout
     * broke after a hyphen ("fine-" / "tuning") joined again.
     */
    public String flatText() {
        return text().replaceAll("(?<=\\p{L}-)\\s+(?=\\p{L})", "").replaceAll("\\s+", " ");
    }

    /** The 1-based number of the first page whose text contains {@code heading}. */
    int pageOf(String heading) {
        for (int i = 0; i < pages.size(); i++) if (pages.get(i).contains(heading)) return i + 1;
        throw new AssertionError("no page contains \"" + heading + "\"");
    }

    public String page(int number) {
        return pages.get(number - 1);
    }

    /**
     * Headings left alone at the foot of a page: the lowest line of the page's body (above the
     * running footer) is one of {@code headings}. Returns "page N: heading" for each.
     */
    List<String> orphanedHeadings(List<String> headings) {
        List<String> orphans = new ArrayList<>();
        for (int i = 0; i < lastBodyLines.size(); i++) {
            String line = lastBodyLines.get(i);
            if (headings.contains(line)) orphans.add("page " + (i + 1) + ": " + line);
        }
        return orphans;
    }

    /** veraPDF's PDF/A-1b failures, as "rule: message" lines; empty when the file conforms. */
    public List<String> pdfaFailures() {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(bytes), PDFAFlavour.PDFA_1_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) return List.of();
            List<String> failures = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) failures.add(a.getRuleId() + ": " + a.getMessage());
            }
            return failures.isEmpty() ? List.of("not compliant") : failures;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate: " + e, e);
        }
    }

    /**
     * Text of one page, noting text that runs off the page or into the side margins, and the
     * lowest line of the body. The limits follow proposal.css's page margins (18 mm at the sides,
     * 20 mm at the bottom) with some slack. Text Flying Saucer clips away (a box that starts on
     * one page and is laid out on the next) lies outside the body and is not counted.
     */
    private static final class PageText extends PDFTextStripper {
        private static final float SIDE = 36;
        private static final float BOTTOM = 20 / 25.4f * 72;
        private final int number;
        private final float width;
        private final float height;
        final List<Overflow> overflows = new ArrayList<>();
        final List<String> notdefs = new ArrayList<>();
        private final java.util.TreeMap<Float, StringBuilder> bodyLines = new java.util.TreeMap<>();

        PageText(int number, PDPage page) throws IOException {
            this.number = number;
            this.width = page.getMediaBox().getWidth();
            this.height = page.getMediaBox().getHeight();
            setStartPage(number);
            setEndPage(number);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                for (int code : p.getCharacterCodes()) if (code == 0) notdefs.add("page " + number + ": " + text);
            }
            for (TextPosition p : positions) {
                float x = p.getXDirAdj();
                float y = p.getYDirAdj();
                if (x < SIDE || x + p.getWidthDirAdj() > width - SIDE || y < 0 || y > height) {
                    overflows.add(new Overflow(number, text, x, y));
                    break;
                }
            }
            if (!positions.isEmpty()) {
                float y = Math.round(positions.get(0).getYDirAdj());
                if (y < height - BOTTOM) bodyLines.computeIfAbsent(y, k -> new StringBuilder()).append(' ').append(text);
            }
            super.writeString(text, positions);
        }

        String lastBodyLine() {
            return bodyLines.isEmpty() ? "" : bodyLines.lastEntry().getValue().toString().strip();
        }
    }
}
