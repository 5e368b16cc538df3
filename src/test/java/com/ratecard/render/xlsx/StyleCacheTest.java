package com.ratecard.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandColor;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StyleCacheTest {
    private static final WorkbookTemplate TEMPLATE = WorkbookTemplate.load(Fixtures.TEMPLATES);

    @Test
    void paintsTheBrandOverTheSamples() throws IOException {
        Brand brand = Fixtures.brand("cedar-slate");
        try (XSSFWorkbook workbook = TEMPLATE.open()) {
            StyleCache styles = new StyleCache(workbook, workbook.getSheet(WorkbookTemplate.STYLES), brand);
            assertEquals(brand.primary().rgb(), rgb(styles.get(Look.HEADER)));
            assertEquals(brand.primary().rgb(), rgb(styles.get(Look.TITLE)));
            assertEquals(StyleCache.lighter(brand.accent()).rgb(), rgb(styles.get(Look.HIGHLIGHT)));
            assertEquals("Liberation Serif", styles.get(Look.MONEY).getFont().getFontName());
            byte[] section = styles.get(Look.SECTION).getFont().getXSSFColor().getRGB();
            assertEquals(brand.primary().rgb(), String.format("%02X%02X%02X", section[0], section[1], section[2]));
        }
    }

    @Test
    void derivesEachVariantOnce() throws IOException {
        try (XSSFWorkbook workbook = TEMPLATE.open()) {
            StyleCache styles = new StyleCache(workbook, workbook.getSheet(WorkbookTemplate.STYLES), Fixtures.brand("northbeam"));
            int before = workbook.getNumCellStyles();
            XSSFCellStyle money = styles.get(Look.MONEY);
            XSSFCellStyle highlighted = styles.highlighted(money);
            assertSame(highlighted, styles.highlighted(money));
            assertSame(highlighted, styles.highlighted(highlighted), "highlighting twice changes nothing");
            assertNotSame(money, highlighted);
            assertTrue(highlighted.getFont().getBold());
            assertEquals(money.getDataFormatString(), highlighted.getDataFormatString());
            XSSFCellStyle quoted = styles.quoted(styles.get(Look.TEXT));
            assertTrue(quoted.getQuotePrefixed());
            assertSame(quoted, styles.quoted(styles.get(Look.TEXT)));
            assertFalse(styles.get(Look.TEXT).getQuotePrefixed());
            assertEquals(before + 2, workbook.getNumCellStyles());
        }
    }

    @Test
    void lighterIsHalfWayToWhite() {
        assertEquals("#FFFFFF", StyleCache.lighter(new BrandColor("#FFFFFF")).hex());
        assertEquals("#7F7F7F", StyleCache.lighter(new BrandColor("#000000")).hex());
    }

    @Test
    void aTemplateWithoutASampleSaysWhichLookIsMissing() throws IOException {
        try (XSSFWorkbook workbook = TEMPLATE.open()) {
            var samples = workbook.getSheet(WorkbookTemplate.STYLES);
            samples.removeRow(samples.getRow(1 + Look.MONEY.ordinal()));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new StyleCache(workbook, samples, Fixtures.brand("northbeam")));
            assertTrue(e.getMessage().contains("\"money\""), e.getMessage());
        }
    }

    private static String rgb(XSSFCellStyle style) {
        byte[] rgb = style.getFillForegroundColorColor().getRGB();
        return String.format("%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    }
}
