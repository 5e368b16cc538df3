package com.ratecard.render.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.lowagie.text.pdf.BaseFont;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentFragment;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;
import org.xhtmlrenderer.pdf.FontFamily;

/**
 * Prepares a filled template's text for Flying Saucer, which sets each text box in one font and
 * lays every line out left to right:
 * <ul>
 *   <li>a run of characters the brand's face lacks goes into a {@code <span>} naming the
 *       {@link FallbackFonts} family that has them (so 東京 prints in Noto Sans CJK, the rest of
 *       the line in the brand's face);</li>
 *   <li>right-to-left text (Hebrew, Arabic) is put in display order within its text, with
 *       brackets mirrored, Arabic letters joined (ICU's shaping into presentation forms) and
 *       digits left to right; such a run of at most {@value #KEEP_TOGETHER} characters is kept
 *       on one line (an inline block), since a run broken across lines would read its lines
 *       in the wrong order.</li>
 * </ul>
 * Text the brand's face prints as it is (nearly all of it) is left untouched.
 */
final class ScriptRuns {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** Longer right-to-left runs may wrap (their lines then come in left-to-right order). */
    static final int KEEP_TOGETHER = 40;
    private static final ArabicShaping SHAPING = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private final BaseFont primary;
    private final FallbackFonts chain;
    private final Map<String, FontFamily> used = new LinkedHashMap<>();

    private ScriptRuns(BaseFont primary, FallbackFonts chain) {
        this.primary = primary;
        this.chain = chain;
    }

    /**
     * Rewrites the text under {@code <body>} in place.
     * @return the fallback families the document now names, for the render's font resolver
     */
    static Collection<FontFamily> apply(Document document, BaseFont primary, FallbackFonts chain) {
        ScriptRuns runs = new ScriptRuns(primary, chain);
        NodeList bodies = document.getElementsByTagNameNS("*", "body");
        if (bodies.getLength() == 0) return List.of();
        List<Text> texts = new ArrayList<>();
        collect(bodies.item(0), texts);
        for (Text text : texts) runs.rewrite(text);
        return runs.used.values();
    }

    private static void collect(Node node, List<Text> texts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text && child.getNodeType() == Node.TEXT_NODE) texts.add(text);
            else if (child instanceof Element e && !"style".equals(e.getLocalName()) && !"script".equals(e.getLocalName())) collect(child, texts);
        }
    }

    private void rewrite(Text node) {
        String text = node.getData();
        if (plain(text)) return;
        DocumentFragment out = node.getOwnerDocument().createDocumentFragment();
        for (Segment segment : segments(text)) {
            Node parent = out;
            if (segment.rtl() && segment.text().indexOf(' ') >= 0
                    && segment.text().codePointCount(0, segment.text().length()) <= KEEP_TOGETHER) {
                // One atomic box: Flying Saucer moves it to the next line whole when it does not fit
                // (white-space: nowrap would let it run off the page instead).
                Element whole = span(node.getOwnerDocument(), "display: inline-block");
                out.appendChild(whole);
                parent = whole;
            }
            fontRuns(node.getOwnerDocument(), segment.text(), parent);
        }
        node.getParentNode().replaceChild(out, node);
    }

    /** True when the brand's face prints every character and nothing runs right to left. */
    private boolean plain(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (rtl(cp) || !primary.charExists(cp) && !Character.isWhitespace(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean rtl(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE;
    }

    /** A piece of the text in display order; {@code rtl} when it was reversed. */
    record Segment(String text, boolean rtl) {}

    /** The text in display order, in left-to-right and reversed right-to-left pieces. */
    static List<Segment> segments(String text) {
        if (text.codePoints().noneMatch(ScriptRuns::rtl)) return List.of(new Segment(text, false));
        String shaped = shape(text);
        Bidi bidi = new Bidi();
        bidi.setPara(shaped, Bidi.LTR, null); // the documents read left to right
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < bidi.countRuns(); i++) {
            BidiRun run = bidi.getVisualRun(i);
            String part = shaped.substring(run.getStart(), run.getLimit());
            if (run.isOddRun()) segments.add(new Segment(Bidi.writeReverse(part, Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING), true));
            else segments.add(new Segment(part, false));
        }
        return segments;
    }

    /** Arabic letters in their joined (initial, medial, final) forms; other text as it is. */
    private static String shape(String text) {
        if (text.codePoints().noneMatch(cp -> UnicodeScript.of(cp) == UnicodeScript.ARABIC)) return text;
        try {
            return SHAPING.shape(text);
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    /**
     * Appends {@code text} to {@code parent}: what the brand's face prints as text, other runs in
     * spans naming their fallback family.
     */
    private void fontRuns(Document document, String text, Node parent) {
        StringBuilder run = new StringBuilder();
        FallbackFonts.Loaded current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            FallbackFonts.Loaded font = fontFor(cp, current);
            if (!Objects.equals(font, current) && run.length() > 0) {
                flush(document, parent, run, current);
            }
            current = font;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) flush(document, parent, run, current);
    }

    /**
     * Combining marks stay with their letter; what the brand's face has (spaces, most punctuation)
     * goes back to it, so a span never starts or ends with a space, where Flying Saucer's
     * break-word would cut the next word at the end of a line; other neutral characters (CJK
     * punctuation) stay in the run they are in; the rest goes to the chain.
     */
    private FallbackFonts.Loaded fontFor(int cp, FallbackFonts.Loaded current) {
        UnicodeScript script = UnicodeScript.of(cp);
        if (script == UnicodeScript.INHERITED && current != null && current.regular().charExists(cp)) return current;
        if (primary.charExists(cp) || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) return null;
        if (script == UnicodeScript.COMMON && current != null && current.regular().charExists(cp)) return current;
        return chain.familyFor(cp);
    }

    private void flush(Document document, Node parent, StringBuilder run, FallbackFonts.Loaded font) {
        if (font == null) {
            parent.appendChild(document.createTextNode(run.toString()));
        } else {
            used.putIfAbsent(font.family().getName(), font.family());
            Element span = span(document, "font-family: \"" + font.family().getName() + "\"");
            span.appendChild(document.createTextNode(run.toString()));
            parent.appendChild(span);
        }
        run.setLength(0);
    }

    private static Element span(Document document, String style) {
        Element span = document.createElementNS(XHTML, "span");
        span.setAttribute("style", style);
        return span;
    }
}
