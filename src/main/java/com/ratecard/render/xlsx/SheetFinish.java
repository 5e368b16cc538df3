package com.ratecard.render.xlsx;

import com.ratecard.render.brand.Brand;
import java.util.List;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Last touches on each sheet: its text fitted to its cells ({@link SheetFit}); the brand's and
 * the sheet's names into the template's header and footer; printing landscape, one page wide,
 * with the sheet's title and first table header repeated on every page; and protection.
 */
final class SheetFinish {
    /** Where the template's header or footer wants the brand's name. */
    static final String BRAND = "{brand}";
    /** Where the template's header or footer wants the sheet's name. */
    static final String SHEET = "{sheet}";
    /** A table header at most this many rows under the title is repeated with it. */
    private static final int HEADER_UNDER_TITLE = 2;
    /** Inches. */
    private static final double MARGIN = 0.4;

    private SheetFinish() {}

    static void apply(XSSFSheet sheet, Brand brand, StyleCache styles) {
        if (!sheet.getWorkbook().isSheetHidden(sheet.getWorkbook().getSheetIndex(sheet))) {
            SheetFit.apply(sheet, styles);
            print(sheet, styles);
        }
        String name = SafeText.headerFooter(brand.name());
        String sheetName = SafeText.headerFooter(sheet.getSheetName());
        for (HeaderFooter part : List.of(sheet.getOddHeader(), sheet.getOddFooter())) {
            part.setLeft(part.getLeft().replace(BRAND, name).replace(SHEET, sheetName));
            part.setCenter(part.getCenter().replace(BRAND, name).replace(SHEET, sheetName));
            part.setRight(part.getRight().replace(BRAND, name).replace(SHEET, sheetName));
        }
        // Protection without a password: figures and formulas stay put, the unlocked input looks stay editable.
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    /**
     * Landscape and one page wide (whatever the template says), with the sheet's title row (and
     * a table header right under it) repeated on every page. A header further down belongs to one
     * of several tables and would mislabel the others.
     */
    private static void print(XSSFSheet sheet, StyleCache styles) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        // Room for the repeated title: top and bottom margins of at most 0.4 inch (header and footer sit in them).
        for (PageMargin margin : List.of(PageMargin.TOP, PageMargin.BOTTOM)) {
            if (sheet.getMargin(margin) > MARGIN) sheet.setMargin(margin, MARGIN);
        }
        int header = -1;
        int title = -1;
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                if (title < 0 && styles.is(cell.getCellStyle(), Look.TITLE)) title = row.getRowNum();
                if (header < 0 && styles.is(cell.getCellStyle(), Look.HEADER)) header = row.getRowNum();
            }
            if (header >= 0 || title >= 0 && row.getRowNum() > title + HEADER_UNDER_TITLE) break;
        }
        int last = header >= 0 && (title < 0 || header <= title + HEADER_UNDER_TITLE) ? header : title;
        // From the title down: a logo band above it would take a page's worth of room on every page.
        int first = title >= 0 ? title : 0;
        if (last >= 0) sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(first, last, -1, -1));
    }
}
