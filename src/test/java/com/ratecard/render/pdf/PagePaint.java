package com.ratecard.render.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What one page paints, as PDFBox replays its content: every glyph with where it lands, its fill
 * colour, whether it is inside the clip and drawn at all, and the colour under it (the last filled
 * rectangle beneath it, else the white page). Coordinates are the page's, y measured from the top.
 */
final class PagePaint extends PDFGraphicsStreamEngine {
    /** A glyph as painted: {@code visible} is false when clipped away or drawn with an invisible mode. */
    record Glyph(String text, float x, float y, float height, int rgb, int backgroundRgb, boolean visible) {
        /** Contrast with what it is drawn on, as WCAG computes it (1 to 21). */
        double contrast() {
            double a = luminance(rgb);
            double b = luminance(backgroundRgb);
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }
    }

    private record Fill(Rectangle2D area, int rgb) {}

    final List<Glyph> glyphs = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();
    private final float height;
    private GeneralPath outline = new GeneralPath();
    private int clipRule = -1;

    private PagePaint(PDPage page) {
        super(page);
        this.height = page.getMediaBox().getHeight();
    }

    static PagePaint of(PDPage page) throws IOException {
        PagePaint paint = new PagePaint(page);
        paint.processPage(page);
        return paint;
    }

    /** The page's lowest painted text line (top-down y of its baseline), or 0 with no text. */
    float lowest(float top, float bottom) {
        float lowest = 0;
        for (Glyph g : glyphs) if (g.visible() && g.y() > top && g.y() < bottom) lowest = Math.max(lowest, g.y());
        return lowest;
    }

    @Override
    protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
        super.showGlyph(matrix, font, code, displacement);
        String text = font.toUnicode(code);
        if (text == null || text.isBlank()) return;
        float x = matrix.getTranslateX();
        float y = matrix.getTranslateY();
        float size = Math.abs(matrix.getScalingFactorY());
        int rgb = getGraphicsState().getNonStrokingColor().toRGB();
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        // The glyph's middle: the clip and the fill under it are judged there.
        Point2D.Float middle = new Point2D.Float(x + size * 0.25f, y + size * 0.3f);
        boolean clipped = !getGraphicsState().getCurrentClippingPath().contains(middle);
        boolean drawn = mode != RenderingMode.NEITHER && mode != RenderingMode.NEITHER_CLIP;
        int background = 0xFFFFFF;
        for (int i = fills.size() - 1; i >= 0; i--) {
            if (fills.get(i).area().contains(middle)) {
                background = fills.get(i).rgb();
                break;
            }
        }
        glyphs.add(new Glyph(text, x, height - y, size, rgb & 0xFFFFFF, background & 0xFFFFFF, drawn && !clipped));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        outline.moveTo(p0.getX(), p0.getY());
        outline.lineTo(p1.getX(), p1.getY());
        outline.lineTo(p2.getX(), p2.getY());
        outline.lineTo(p3.getX(), p3.getY());
        outline.closePath();
    }

    @Override
    public void fillPath(int windingRule) {
        int rgb;
        try {
            rgb = getGraphicsState().getNonStrokingColor().toRGB();
        } catch (IOException e) {
            rgb = 0xFFFFFF;
        }
        // A filled box counts by its bounds: Flying Saucer fills boxes and borders as rectangles.
        if (outline.getCurrentPoint() != null) fills.add(new Fill(outline.getBounds2D(), rgb));
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fillPath(windingRule);
    }

    @Override
    public void strokePath() {
        endPath();
    }

    /** A pending clip (W) takes effect when the path ends, as in PDF. */
    @Override
    public void endPath() {
        if (clipRule >= 0) {
            outline.setWindingRule(clipRule);
            getGraphicsState().intersectClippingPath(outline);
            clipRule = -1;
        }
        outline = new GeneralPath();
    }

    @Override
    public void clip(int windingRule) {
        clipRule = windingRule;
    }

    @Override
    public void drawImage(PDImage image) {}

    @Override
    public void moveTo(float x, float y) {
        outline.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        outline.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        outline.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return outline.getCurrentPoint();
    }

    @Override
    public void closePath() {
        outline.closePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {}

    private static double luminance(int rgb) {
        double r = channel((rgb >> 16) & 0xFF);
        double g = channel((rgb >> 8) & 0xFF);
        double b = channel(rgb & 0xFF);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
