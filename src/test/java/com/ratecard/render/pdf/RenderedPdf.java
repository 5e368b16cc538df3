package com.ratecard.render.pdf;

import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
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
    /** Per page, every glyph as painted (colour, clip, what lies under it). */
    final List<PagePaint> paints = new ArrayList<>();
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
                paints.add(PagePaint.of(pdf.getPage(i - 1)));
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

    static RenderedPdf render(Renderer renderer, QuoteDocument document) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(document, out);
            return new RenderedPdf(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All text; no-break spaces read as spaces. */
    public String text() {
        return String.join("\n", pages).replace('\u00a0', ' ');
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

    /**
     * Text nobody can read: glyphs drawn outside the clip (a box Flying Saucer cut off at a page
     * break, text under the running footer), in an invisible mode, or in a colour too close to what
     * is under it (contrast below 1.5:1, such as white on white). Returns "page N: text (why)".
     */
    List<String> invisibleText() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paints.size(); i++) {
            StringBuilder run = new StringBuilder();
            String why = null;
            for (PagePaint.Glyph g : paints.get(i).glyphs) {
                String reason = !g.visible() ? "clipped or not drawn" : g.contrast() < 1.5
                        ? String.format("#%06X on #%06X", g.rgb(), g.backgroundRgb()) : null;
                if (reason != null && (why == null || why.equals(reason))) {
                    run.append(g.text());
                    why = reason;
                } else if (why != null) {
                    out.add("page " + (i + 1) + ": " + run + " (" + why + ")");
                    run.setLength(0);
                    why = reason;
                    if (reason != null) run.append(g.text());
                }
            }
            if (why != null) out.add("page " + (i + 1) + ": " + run + " (" + why + ")");
        }
        return out;
    }

    /**
     * How full each page's body is, 0 to 1: from under the running header to above the running
     * footer (the topmost and lowest lines of the page), how far down its lowest line of text lies.
     */
    List<Double> fullness() {
        List<Double> out = new ArrayList<>();
        for (PagePaint paint : paints) {
            float top = Float.MAX_VALUE;
            float bottom = 0;
            for (PagePaint.Glyph g : paint.glyphs) {
                top = Math.min(top, g.y());
                bottom = Math.max(bottom, g.y());
            }
            // The header's and footer's own lines bound the body; a glyph's height keeps them out.
            float bodyTop = top + 2;
            float bodyBottom = bottom - 2;
            float lowest = paint.lowest(bodyTop, bodyBottom);
            out.add(lowest <= bodyTop ? 0.0 : Math.min(1.0, (lowest - bodyTop) / (double) (bodyBottom - bodyTop)));
        }
        return out;
    }

    /** Pages other than the last whose body is less than {@code share} full: "page N: 23%". */
    List<String> emptyPages(double share) {
        List<Double> full = fullness();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < full.size() - 1; i++) {
            if (full.get(i) < share) out.add("page " + (i + 1) + ": " + Math.round(100 * full.get(i)) + "%");
        }
        return out;
    }

    /**
     * Figures broken across lines: a line that starts with a unit ("/h", "%") or a range's second
     * half ("– $220,000"), or ends with a currency sign, a sign, a range's dash or half a number
     * ("+12.") before a figure.
     * Returns "page N: end of line | start of next".
     */
    List<String> splitFigures() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String[] lines = pages.get(i).replace('\u00a0', ' ').split("\\R");
            for (int j = 0; j + 1 < lines.length; j++) {
                String end = lines[j].stripTrailing();
                String next = lines[j + 1].stripLeading();
                boolean figureNext = next.startsWith("$") || (!next.isEmpty() && Character.isDigit(next.charAt(0)));
                boolean split = next.startsWith("/h") || next.startsWith("%") || next.startsWith("\u2013 $")
                        || (end.matches(".*\\d\\.") && !next.isEmpty() && Character.isDigit(next.charAt(0))) || (end.matches(".*\\d,") && next.matches("\\d{3}(?!\\d).*"))
                        || (figureNext && (end.endsWith("$") || end.endsWith("\u2212") || end.endsWith("+") || end.endsWith("\u2013")));
                if (split) out.add("page " + (i + 1) + ": " + tail(end) + " | " + head(next));
            }
        }
        return out;
    }

    private static String tail(String line) {
        return line.length() > 30 ? line.substring(line.length() - 30) : line;
    }

    private static String head(String line) {
        return line.length() > 30 ? line.substring(0, 30) : line;
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
