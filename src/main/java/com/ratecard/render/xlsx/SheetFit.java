package com.ratecard.render.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Makes a filled sheet print cleanly, whatever its text: no figure shows as "####" and no word of
 * a wrapped cell (a header) breaks inside itself (their columns widen to fit); text too long for
 * its cell wraps when the neighbour it would run into is not empty, its row growing to hold the
 * lines; left-aligned text right after a right-aligned figure is indented, so "$297,000" and
 * "Midpoint..." never touch. Widths are measured ({@link TextWidth}), not guessed from lengths.
 */
final class SheetFit {
    /** Points Excel leaves between a cell's border and its text, both sides together. */
    static final double PADDING = 5;
    /** Points one indent level moves text. */
    static final double INDENT = 7.5;
    /** A column widens to at most this many characters; longer words wrap anyway. */
    private static final int MAX_WIDTH = 60;
    /** A DataFormatter is not thread-safe: one per render thread. */
    private static final ThreadLocal<DataFormatter> FORMATTER = ThreadLocal.withInitial(() -> new DataFormatter(java.util.Locale.US));

    private final XSSFSheet sheet;
    private final StyleCache styles;
    private final TextWidth measure;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();
    /** The sheet's last used column: what prints. */
    private final int lastColumn;

    private SheetFit(XSSFSheet sheet, StyleCache styles, TextWidth measure) {
        this.sheet = sheet;
        this.styles = styles;
        this.measure = measure;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) merged.put(key(r, c), region);
            }
        }
        int last = 0;
        for (Row row : sheet) last = Math.max(last, row.getLastCellNum() - 1);
        this.lastColumn = last;
    }

    static void apply(XSSFSheet sheet, StyleCache styles) {
        SheetFit fit = new SheetFit(sheet, styles, TextWidth.LIBERATION);
        fit.widen();
        fit.separate();
        fit.widen(); // an indent takes room too
        fit.contain();
    }

    private static long key(int row, int col) {
        return ((long) row << 16) | col;
    }

    /** Columns wide enough for every figure and for the longest word of every text cell (text may wrap later). */
    private void widen() {
        for (Row row : sheet) {
            for (Cell c : row) {
                XSSFCell cell = (XSSFCell) c;
                if (spans(cell)) continue;
                XSSFCellStyle style = cell.getCellStyle();
                XSSFFont font = font(style);
                double need;
                if (isNumber(cell)) need = measure.points(shown(cell), font);
                else if (isText(cell)) need = measure.longestWord(text(cell), font);
                else continue;
                need += PADDING + style.getIndention() * INDENT;
                if (need > points(cell.getColumnIndex())) setPoints(cell.getColumnIndex(), need);
            }
        }
    }

    /** Left-aligned text right after a right-aligned figure gets an indent. */
    private void separate() {
        for (Row row : sheet) {
            for (Cell c : row) {
                XSSFCell cell = (XSSFCell) c;
                if (!isText(cell) || cell.getColumnIndex() == 0 || alignment(cell) != HorizontalAlignment.LEFT) continue;
                if (cell.getCellStyle().getIndention() > 0) continue;
                XSSFCell before = ((XSSFRow) row).getCell(cell.getColumnIndex() - 1);
                if (before != null && !blank(before) && alignment(before) == HorizontalAlignment.RIGHT) {
                    cell.setCellStyle(styles.indented(cell.getCellStyle()));
                }
            }
        }
    }

    /** Text wider than its cell wraps when it would run into a neighbour; its row grows to hold it. */
    private void contain() {
        for (Row row : sheet) {
            for (Cell c : row) {
                XSSFCell cell = (XSSFCell) c;
                if (!isText(cell)) continue;
                XSSFCellStyle style = cell.getCellStyle();
                double avail = available(cell) - PADDING - style.getIndention() * INDENT;
                XSSFFont font = font(style);
                String text = text(cell);
                if (!style.getWrapText()) {
                    if (measure.points(text, font) <= avail && !text.contains("\n")) continue;
                    if (!runsInto(cell)) continue;
                    cell.setCellStyle(styles.wrapped(style));
                }
                CellRangeAddress region = merged.get(key(cell.getRowIndex(), cell.getColumnIndex()));
                if (region != null && region.getLastRow() > region.getFirstRow()) continue; // its rows share the height
                float height = (float) (measure.lines(text, font, avail) * font.getFontHeightInPoints() * 1.25 + 3);
                if (row.getHeightInPoints() < height) row.setHeightInPoints(height);
            }
        }
    }

    /** Whether the cell's text, printed past its edge, would run into a cell that is not empty. */
    private boolean runsInto(XSSFCell cell) {
        XSSFRow row = cell.getRow();
        CellRangeAddress region = merged.get(key(cell.getRowIndex(), cell.getColumnIndex()));
        int first = region == null ? cell.getColumnIndex() : region.getFirstColumn();
        int last = region == null ? cell.getColumnIndex() : region.getLastColumn();
        HorizontalAlignment align = alignment(cell);
        boolean right = align == HorizontalAlignment.RIGHT;
        boolean both = align == HorizontalAlignment.CENTER || align == HorizontalAlignment.CENTER_SELECTION;
        XSSFCell after = row.getCell(last + 1);
        XSSFCell before = first == 0 ? null : row.getCell(first - 1);
        if (!right && after != null && !blank(after)) return true;
        if ((right || both) && (first == 0 || before != null && !blank(before))) return true;
        // Past the sheet's last used column, text is cut at the edge of the printed page.
        return !right && last >= lastColumn;
    }

    private boolean spans(XSSFCell cell) {
        CellRangeAddress region = merged.get(key(cell.getRowIndex(), cell.getColumnIndex()));
        return region != null && region.getFirstColumn() != region.getLastColumn();
    }

    private double available(XSSFCell cell) {
        CellRangeAddress region = merged.get(key(cell.getRowIndex(), cell.getColumnIndex()));
        if (region == null) return points(cell.getColumnIndex());
        double width = 0;
        for (int col = region.getFirstColumn(); col <= region.getLastColumn(); col++) width += points(col);
        return width;
    }

    /** A column's width in points (7 pixels per character of width, 0.75 points a pixel, as POI counts). */
    private double points(int col) {
        return sheet.getColumnWidthInPixels(col) * 0.75;
    }

    private void setPoints(int col, double points) {
        double chars = points / 0.75 / 7;
        sheet.setColumnWidth(col, (int) Math.min(MAX_WIDTH * 256, Math.ceil(chars * 256)));
    }

    /** A figure as it shows: a formula's cached result in the cell's number format. */
    static String shown(XSSFCell cell) {
        DataFormatter formatter = FORMATTER.get();
        if (cell.getCellType() != CellType.FORMULA) return formatter.formatCellValue(cell);
        return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString());
    }

    private XSSFFont font(XSSFCellStyle style) {
        return sheet.getWorkbook().getFontAt(style.getFontIndex());
    }

    private static boolean isText(XSSFCell cell) {
        return cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank();
    }

    private static boolean isNumber(XSSFCell cell) {
        return cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC;
    }

    private static boolean blank(XSSFCell cell) {
        return switch (cell.getCellType()) {
            case BLANK -> true;
            case STRING -> cell.getStringCellValue().isEmpty();
            case FORMULA -> cell.getCachedFormulaResultType() == CellType.STRING && cell.getStringCellValue().isEmpty();
            default -> false;
        };
    }

    private static String text(XSSFCell cell) {
        return cell.getStringCellValue();
    }

    /** Where the cell's content sits: general alignment puts numbers right and text left. */
    static HorizontalAlignment alignment(XSSFCell cell) {
        HorizontalAlignment align = cell.getCellStyle().getAlignment();
        if (align != HorizontalAlignment.GENERAL) return align;
        return isNumber(cell) ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT;
    }
}
