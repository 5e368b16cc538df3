package com.ratecard.render.xlsx;

import java.time.LocalDate;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the cells of one sheet in the workbook's looks. Text always goes in through
 * {@link #text}, as a string and through {@link SafeText}; formulas only come from this package.
 */
final class Grid {
    /** Points per line of 10-point text, to size rows of wrapped text (Excel does not fit them on open). */
    private static final float LINE_POINTS = 13f;

    private final XSSFSheet sheet;
    private final StyleCache styles;

    Grid(XSSFSheet sheet, StyleCache styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    StyleCache styles() {
        return styles;
    }

    XSSFCell cell(int row, int col) {
        XSSFRow r = sheet.getRow(row);
        if (r == null) r = sheet.createRow(row);
        XSSFCell c = r.getCell(col);
        return c != null ? c : r.createCell(col);
    }

    /**
     * Text as an inline string: a string cell like any other, without the shared-strings table,
     * whose de-duplication (an XML serialisation per string) is the costliest step of filling a sheet.
     */
    XSSFCell text(int row, int col, String text, Look look) {
        String safe = SafeText.cell(text);
        XSSFCell cell = cell(row, col);
        CTCell ct = cell.getCTCell();
        if (ct.isSetF()) ct.unsetF();
        if (ct.isSetV()) ct.unsetV();
        ct.setT(STCellType.INLINE_STR);
        CTRst inline = ct.isSetIs() ? ct.getIs() : ct.addNewIs();
        inline.setT(safe);
        if (!safe.equals(safe.strip())) {
            try (XmlCursor cursor = inline.xgetT().newCursor()) {
                cursor.toNextToken();
                cursor.insertAttributeWithValue(new QName("http://www.w3.org/XML/1998/namespace", "space"), "preserve");
            }
        }
        cell.setCellStyle(SafeText.looksLikeFormula(safe) ? styles.quoted(styles.get(look)) : styles.get(look));
        return cell;
    }

    /**
     * An input cell's text, as a shared string: POI keeps an inline string's text when a program
     * sets a new value, so inputs stay ordinary strings that anything editing the workbook can replace.
     */
    XSSFCell input(int row, int col, String text, Look look) {
        XSSFCell cell = cell(row, col);
        cell.setCellValue(SafeText.cell(text));
        cell.setCellStyle(styles.get(look));
        return cell;
    }

    XSSFCell number(int row, int col, double value, Look look) {
        XSSFCell cell = cell(row, col);
        cell.setCellValue(value);
        cell.setCellStyle(styles.get(look));
        return cell;
    }

    XSSFCell date(int row, int col, LocalDate date, Look look) {
        XSSFCell cell = cell(row, col);
        cell.setCellValue(date);
        cell.setCellStyle(styles.get(look));
        return cell;
    }

    /**
     * A formula of this package's own making, with the result the engine gave it (NaN: empty) as
     * its cached value, for readers that do not recalculate. It is not parsed here, which is a good
     * part of a workbook's cost: the tests evaluate every formula of every workbook.
     */
    XSSFCell formula(int row, int col, String formula, double result, Look look) {
        XSSFCell cell = formulaCell(row, col, formula, look);
        CTCell ct = cell.getCTCell();
        if (Double.isNaN(result)) {
            ct.setT(STCellType.STR);
            ct.setV("");
        } else {
            if (ct.isSetT()) ct.unsetT();
            ct.setV(result == Math.rint(result) && Math.abs(result) < 1e15 ? Long.toString((long) result) : Double.toString(result));
        }
        return cell;
    }

    /** A formula whose result is text. */
    XSSFCell formula(int row, int col, String formula, String result, Look look) {
        XSSFCell cell = formulaCell(row, col, formula, look);
        CTCell ct = cell.getCTCell();
        ct.setT(STCellType.STR);
        ct.setV(SafeText.cell(result));
        return cell;
    }

    private XSSFCell formulaCell(int row, int col, String formula, Look look) {
        XSSFCell cell = cell(row, col);
        CTCell ct = cell.getCTCell();
        if (ct.isSetIs()) ct.unsetIs();
        (ct.isSetF() ? ct.getF() : ct.addNewF()).setStringValue(formula);
        cell.setCellStyle(styles.get(look));
        return cell;
    }

    /** An empty cell in a look (a table's blank, or an empty input). */
    XSSFCell blank(int row, int col, Look look) {
        XSSFCell cell = cell(row, col);
        cell.setBlank();
        cell.setCellStyle(styles.get(look));
        return cell;
    }

    /** Header cells across a row, from {@code col}; the row grows when a title wraps in its column. */
    void header(int row, int col, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            text(row, col + i, titles[i], Look.HEADER);
            fitRow(row, titles[i], widthChars(col + i, col + i) - 2); // bold, with the cell's padding
        }
    }

    void merge(int row, int firstCol, int lastCol) {
        if (lastCol > firstCol) sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, firstCol, lastCol));
    }

    /** Lays the highlight over the cells of a row (creating blanks in the row's text look where empty). */
    void highlight(int row, int firstCol, int lastCol) {
        for (int col = firstCol; col <= lastCol; col++) {
            XSSFCell cell = sheet.getRow(row) == null || sheet.getRow(row).getCell(col) == null
                    ? blank(row, col, Look.TEXT) : cell(row, col);
            cell.setCellStyle(styles.highlighted(cell.getCellStyle()));
        }
    }

    /**
     * Tall enough for {@code text} wrapped in a width of {@code widthChars} characters, measured in
     * the workbook's body font ({@link TextWidth}).
     */
    void fitRow(int row, String text, int widthChars) {
        String sample = text.length() > 4_000 ? text.substring(0, 4_000) : text;
        double points = widthChars * 7 * 0.75 - SheetFit.PADDING;
        int lines = TextWidth.LIBERATION.lines(sample, sheet.getWorkbook().getFontAt(0), Math.max(points, 1));
        float height = Math.min(409f, Math.max(sheet.getDefaultRowHeightInPoints(), lines * LINE_POINTS + 2));
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        if (height > r.getHeightInPoints()) r.setHeightInPoints(height);
    }

    /** Width of columns {@code first..last} in characters, for {@link #fitRow}. */
    int widthChars(int first, int last) {
        int width = 0;
        for (int col = first; col <= last; col++) width += sheet.getColumnWidth(col) / 256;
        return width;
    }

    /** "$B$7" style reference on this sheet. */
    static String ref(int row, int col) {
        return new CellReference(row, col, true, true).formatAsString();
    }

    /** "B7" style relative reference on this sheet. */
    static String rel(int row, int col) {
        return new CellReference(row, col, false, false).formatAsString();
    }

    /** "'Sheet'!$B$7:$B$9" style absolute reference of a column range. */
    String range(int firstRow, int lastRow, int col) {
        return new org.apache.poi.ss.util.AreaReference(new CellReference(sheet.getSheetName(), firstRow, col, true, true),
                new CellReference(sheet.getSheetName(), lastRow, col, true, true),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).formatAsString();
    }
}
