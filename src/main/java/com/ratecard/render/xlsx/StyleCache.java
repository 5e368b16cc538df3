package com.ratecard.render.xlsx;

import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandColor;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
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
    private final Map<Integer, XSSFFont> boldFonts = new HashMap<>();
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

    /** The look with the highlight's fill and boldness laid over it. */
    XSSFCellStyle highlighted(CellStyle base) {
        return variant((XSSFCellStyle) base, true, ((XSSFCellStyle) base).getQuotePrefixed());
    }

    /** The look with Excel's quote prefix: text that starts like a formula stays text when edited. */
    XSSFCellStyle quoted(CellStyle base) {
        return variant((XSSFCellStyle) base, false, true);
    }

    private XSSFCellStyle variant(XSSFCellStyle base, boolean highlighted, boolean quoted) {
        if (!highlighted && quoted == base.getQuotePrefixed()) return base;
        return variants.computeIfAbsent(new Variant(base.getIndex(), highlighted, quoted), key -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setQuotePrefixed(quoted);
            if (highlighted) {
                XSSFCellStyle mark = looks.get(Look.HIGHLIGHT);
                style.setFillForegroundColor(mark.getFillForegroundColorColor());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                if (mark.getFont().getBold()) style.setFont(bold(base.getFont()));
            }
            return style;
        });
    }

    private XSSFFont bold(XSSFFont font) {
        if (font.getBold()) return font;
        return boldFonts.computeIfAbsent(font.getIndex(), key -> {
            XSSFFont bold = workbook.createFont();
            bold.setFontName(font.getFontName());
            bold.setFontHeight(font.getFontHeight());
            bold.setItalic(font.getItalic());
            bold.setUnderline(font.getUnderline());
            if (font.getXSSFColor() != null) bold.setColor(font.getXSSFColor());
            bold.setBold(true);
            return bold;
        });
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
                case PRIMARY_FONT -> style.getFont().setColor(primary);
                case MUTED_FONT -> style.getFont().setColor(muted);
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

    /** The brand's primary colour as the workbook uses it (charts). */
    XSSFColor primary() {
        return primary;
    }
}
