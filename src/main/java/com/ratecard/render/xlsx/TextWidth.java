package com.ratecard.render.xlsx;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * How wide a cell's text prints, in points: measured with the Liberation faces the workbook names
 * (metric-compatible with Arial and Times, which stand in for them where they are not installed),
 * serif for a serif family and sans otherwise. An estimate of what Excel and LibreOffice draw,
 * good to a few percent. Immutable, shared by every render.
 */
final class TextWidth {
    static final TextWidth LIBERATION = new TextWidth();

    private static final FontRenderContext POINTS = new FontRenderContext(null, true, true);
    /** sans regular, sans bold, serif regular, serif bold */
    private final Font[] faces = new Font[4];
    /** Each face at each size, derived once (deriving is most of the cost of a measurement). */
    private final java.util.concurrent.ConcurrentHashMap<Integer, Font> sized = new java.util.concurrent.ConcurrentHashMap<>();

    private TextWidth() {
        String[] files = {"LiberationSans-Regular", "LiberationSans-Bold", "LiberationSerif-Regular", "LiberationSerif-Bold"};
        for (int i = 0; i < files.length; i++) faces[i] = load("liberation/" + files[i] + ".ttf");
    }

    private static Font load(String resource) {
        try (InputStream in = TextWidth.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IOException(resource + " not on the classpath; expected com.github.librepdf:openpdf-fonts-extra");
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }

    /** The width of {@code text} on one line in {@code font}, in points. */
    double points(String text, XSSFFont font) {
        if (text.isEmpty()) return 0;
        String family = font.getFontName() == null ? "" : font.getFontName().toLowerCase(Locale.ROOT);
        boolean serif = family.contains("serif") && !family.contains("sans") || family.contains("times");
        int index = (serif ? 2 : 0) + (font.getBold() ? 1 : 0);
        short twips = font.getFontHeight();
        Font face = sized.computeIfAbsent(twips * 4 + index, k -> faces[index].deriveFont(twips / 20f));
        return face.getStringBounds(text, POINTS).getWidth();
    }

    /** The widest word of {@code text} (split at spaces and line breaks), in points. */
    double longestWord(String text, XSSFFont font) {
        double widest = 0;
        for (String word : text.split("[\\s]+")) widest = Math.max(widest, points(word, font));
        return widest;
    }

    /** How many lines {@code text} takes when wrapped at spaces into {@code width} points. */
    int lines(String text, XSSFFont font, double width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            double space = points(" ", font);
            for (String word : paragraph.split(" ")) {
                double w = points(word, font);
                if (used > 0 && used + space + w > width) {
                    lines++;
                    used = w;
                } else {
                    used += (used > 0 ? space : 0) + w;
                }
            }
        }
        return Math.max(1, lines);
    }
}
