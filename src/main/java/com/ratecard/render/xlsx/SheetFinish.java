package com.ratecard.render.xlsx;

import com.ratecard.render.brand.Brand;
import java.util.List;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Last touches on each sheet: the brand into the template's header and footer, and protection. */
final class SheetFinish {
    /** Where the template's header or footer wants the brand's name. */
    static final String BRAND = "{brand}";

    private SheetFinish() {}

    static void apply(XSSFSheet sheet, Brand brand) {
        String name = SafeText.headerFooter(brand.name());
        for (HeaderFooter part : List.of(sheet.getOddHeader(), sheet.getOddFooter())) {
            part.setLeft(part.getLeft().replace(BRAND, name));
            part.setCenter(part.getCenter().replace(BRAND, name));
            part.setRight(part.getRight().replace(BRAND, name));
        }
        // Protection without a password: figures and formulas stay put, the unlocked input looks stay editable.
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }
}
