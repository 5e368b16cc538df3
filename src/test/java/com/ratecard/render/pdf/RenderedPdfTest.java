package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout checks can fail: each finds the fault it is for in a page made to have it. */
class RenderedPdfTest {
    @TempDir
    Path dir;

    /** A page laid out like the proposal's: running header and footer, letter, the same margins. */
    RenderedPdf render(String body) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("page"));
        Files.writeString(folder.resolve("page.ftlh"), """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style type="text/css">
                @page { size: letter; margin: 24mm 18mm 20mm 18mm;
                  @top-center { content: element(header); } @bottom-left { content: element(footer); } }
                #header { position: running(header); } #footer { position: running(footer); }
                body { font-family: "Liberation Sans"; font-size: 10pt; }
                </style></head><body>
                <div id="header">Header line</div><div id="footer">Footer line</div>
                """ + body + "</body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XhtmlPdf(dir, "page").write("page.ftlh", Map.of(), Fixtures.brand("northbeam"), Map.of(), out);
        return RenderedPdf.of(out.toByteArray());
    }

    @Test
    void whiteTextOnWhiteIsInvisibleButWhiteOnAColourIsNot() throws IOException {
        RenderedPdf pdf = render("<p>Seen</p><p style=\"color: #FFFFFF\">Hidden words</p>"
                + "<p style=\"color: #FFFFFF; background-color: #1F3A5F\">Header cell</p>");
        List<String> invisible = pdf.invisibleText();
        assertEquals(1, invisible.size(), invisible.toString());
        assertTrue(invisible.get(0).contains("Hiddenwords") || invisible.get(0).contains("Hidden words"), invisible.toString());
    }

    @Test
    void textCutOffByItsBoxIsInvisible() throws IOException {
        RenderedPdf pdf = render("<div style=\"height: 12pt; overflow: hidden\"><p>First line</p><p>Cut away</p></div>");
        assertTrue(pdf.invisibleText().stream().anyMatch(t -> t.contains("Cut")), pdf.invisibleText().toString());
    }

    @Test
    void aFigureBrokenFromItsUnitIsFound() throws IOException {
        assertEquals(List.of(), render("<p>Bills $120.00/h and $185,000 \u2013 $220,000 a year.</p>").splitFigures());
        assertFalse(render("<p>Bills $120.00<br/>/h.</p>").splitFigures().isEmpty());
        assertFalse(render("<p>From $185,000 \u2013<br/>$220,000.</p>").splitFigures().isEmpty());
        assertFalse(render("<p>Up +12.<br/>4% here.</p>").splitFigures().isEmpty());
    }

    @Test
    void aNearlyEmptyPageBeforeTheLastIsFound() throws IOException {
        RenderedPdf pdf = render("<p>One line, then a page break.</p><p style=\"page-break-before: always\">"
                + "Next page.</p>" + "<p>More text.</p>".repeat(80));
        assertEquals(List.of("page 1: 0%"), pdf.emptyPages(1 / 3.0).stream().map(s -> s.replaceAll("\\d+%", "0%")).toList());
        assertTrue(pdf.fullness().get(1) > 0.9, pdf.fullness().toString());
    }

    @Test
    void aHeadingAloneAtTheFootOfAPageIsFound() throws IOException {
        RenderedPdf pdf = render("<p>Line</p>".repeat(49) + "<h2 style=\"page-break-after: auto\">Lonely heading</h2>"
                + "<div style=\"page-break-inside: avoid\">" + "<p>Kept together</p>".repeat(10) + "</div>");
        assertEquals(1, pdf.orphanedHeadings(List.of("Lonely heading")).size(), pdf.lastBodyLines.toString());
    }
}
