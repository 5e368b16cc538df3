package com.ratecard.render.xlsx;

import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandColor;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one workbook: the template's sample styles, painted with the brand, plus the
 * few variants derived from them (highlighted, quote-prefixed), each created once and reused.
 * A workbook has a limit of 64,000 styles; this keeps it to the samples and their variants.
 */
final class StyleCache {
    /** What a derived style looks like: the style it starts from and what is laid over it. */
    private record Variant(int baseIndex, boolean highlighted, boolean quoted) {}

    private final XSSFWorkbook workbook;
    private final Map<Look, XSSFCellStyle> looks = new EnumMap<>(Look.class);
    private final Map<Variant, XSSFCellStyle> variants = new HashMap<>();
    private final Map<Integer, Variant> madeFrom = new HashMap<>();
    private final Map<Integer, XSSFFont> boldFonts = new HashMap<>();
    /** Styles adjusted to fit their text (wrapped, indented), by the style they adjust and how. */
    private final Map<java.util.List<Integer>, XSSFCellStyle> fitted = new HashMap<>();
    private final XSSFColor primary;
    private final XSSFColor accent;

    /** Reads the samples from the template's Styles sheet (id in column A, sample in B) and paints them. */
    StyleCache(XSSFWorkbook workbook, XSSFSheet samples, Brand brand) {
        this.workbook = workbook;
        for (Row row : samples) {
            Cell id = row.getCell(0);
            Cell sample = row.getCell(1);
            if (id == null || sample == null) continue;
            for (Look look : Look.values()) {
                if (look.id().equals(id.getStringCellValue().strip())) looks.put(look, (XSSFCellStyle) sample.getCellStyle());
            }
        }
        for (Look look : Look.values()) {
            if (!looks.containsKey(look)) {
                throw new IllegalStateException("workbook template: the Styles sheet has no sample cell for \"" + look.id()
                        + "\"; expected a row with that id in column A and the sample in column B");
            }
        }
        this.primary = color(brand.primary());
        this.accent = color(lighter(brand.accent()));
        paint(brand);
    }

    XSSFCellStyle get(Look look) {
        return looks.get(look);
    }

    /** The style with the highlight's fill and boldness laid over it. */
    XSSFCellStyle highlighted(CellStyle style) {
        Variant from = describe(style);
        return variant(new Variant(from.baseIndex(), true, from.quoted()));
    }

    /** The style with Excel's quote prefix: text that starts like a formula stays text when edited. */
    XSSFCellStyle quoted(CellStyle style) {
        Variant from = describe(style);
        return variant(new Variant(from.baseIndex(), from.highlighted(), true));
    }

    /** The style wrapping its text (a cell whose text would run into its neighbour). */
    XSSFCellStyle wrapped(CellStyle style) {
        return fitted(style, 0, s -> s.setWrapText(true));
    }

    /** The style indented one level (text right after a right-aligned figure). */
    XSSFCellStyle indented(CellStyle style) {
        // Excel ignores an indent under general alignment.
        return fitted(style, 1, s -> {
            s.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            s.setIndention((short) 1);
        });
    }

    private XSSFCellStyle fitted(CellStyle style, int how, java.util.function.Consumer<XSSFCellStyle> change) {
        return fitted.computeIfAbsent(java.util.List.of((int) style.getIndex(), how), k -> {
            XSSFCellStyle made = workbook.createCellStyle();
            made.cloneStyleFrom(style);
            change.accept(made);
            return made;
        });
    }

    /** Whether {@code style} is {@code look}'s, or a variant of it made here. */
    boolean is(CellStyle style, Look look) {
        return describe(style).baseIndex() == looks.get(look).getIndex();
    }

    /** What a style is: a variant made here, or a look as it stands. */
    private Variant describe(CellStyle style) {
        Variant made = madeFrom.get((int) style.getIndex());
        return made != null ? made : new Variant(style.getIndex(), false, style.getQuotePrefixed());
    }

    private XSSFCellStyle variant(Variant key) {
        XSSFCellStyle base = workbook.getCellStyleAt(key.baseIndex());
        if (!key.highlighted() && key.quoted() == base.getQuotePrefixed()) return base;
        return variants.computeIfAbsent(key, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setQuotePrefixed(k.quoted());
            if (k.highlighted()) {
                XSSFCellStyle mark = looks.get(Look.HIGHLIGHT);
                style.setFillForegroundColor(mark.getFillForegroundColorColor());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                if (font(mark).getBold()) style.setFont(bold(font(base)));
            }
            madeFrom.put((int) style.getIndex(), k);
            return style;
        });
    }

    /** The style's font as it is now ({@code XSSFCellStyle.getFont()} keeps the font it first returned). */
    private XSSFFont font(XSSFCellStyle style) {
        return workbook.getFontAt(style.getFontIndex());
    }

    private XSSFFont bold(XSSFFont font) {
        return font.getBold() ? font : boldFonts.computeIfAbsent(font.getIndex(), key -> fontLike(font, true, font.getXSSFColor()));
    }

    /** A font like {@code base} but with the given boldness and colour: an equal one if the workbook has it. */
    private XSSFFont fontLike(XSSFFont base, boolean bold, XSSFColor color) {
        for (int i = 0; i < workbook.getNumberOfFonts(); i++) {
            XSSFFont other = workbook.getFontAt(i);
            if (other.getBold() == bold && other.getFontName().equals(base.getFontName())
                    && other.getFontHeight() == base.getFontHeight() && other.getItalic() == base.getItalic()
                    && other.getUnderline() == base.getUnderline() && Objects.equals(other.getXSSFColor(), color)) {
                return other;
            }
        }
        XSSFFont font = workbook.createFont();
        font.setFontName(base.getFontName());
        font.setFontHeight(base.getFontHeight());
        font.setItalic(base.getItalic());
        font.setUnderline(base.getUnderline());
        if (color != null) font.setColor(color);
        font.setBold(bold);
        return font;
    }

    /** Brand colours onto the looks that take them, and the brand's family onto every font. */
    private void paint(Brand brand) {
        for (int i = 0; i < workbook.getNumberOfFonts(); i++) workbook.getFontAt(i).setFontName(brand.font().family());
        XSSFColor muted = color(brand.muted());
        for (Map.Entry<Look, XSSFCellStyle> entry : looks.entrySet()) {
            XSSFCellStyle style = entry.getValue();
            switch (entry.getKey().paint()) {
                case PRIMARY_FILL -> fill(style, primary);
                case ACCENT_FILL -> fill(style, accent);
                // A font of its own colour: the sample's font may be shared with other looks.
                case PRIMARY_FONT -> style.setFont(fontLike(font(style), font(style).getBold(), primary));
                case MUTED_FONT -> style.setFont(fontLike(font(style), font(style).getBold(), muted));
                case NONE -> { }
            }
        }
    }

    private static void fill(XSSFCellStyle style, XSSFColor color) {
        style.setFillForegroundColor(color);
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    static XSSFColor color(BrandColor color) {
        return new XSSFColor(color.bytes(), null);
    }

    /** Half way to white: the accent as a row fill, light enough for dark text on it. */
    static BrandColor lighter(BrandColor color) {
        return new BrandColor(String.format("#%02X%02X%02X", (color.red() + 255) / 2, (color.green() + 255) / 2,
                (color.blue() + 255) / 2));
    }
}
