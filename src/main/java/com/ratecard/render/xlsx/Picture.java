package com.ratecard.render.xlsx;

import com.ratecard.render.ImageFile;
import java.io.IOException;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A PNG or JPEG image with its pixel size read from its header, placed on a sheet at a height
 * with its proportions kept (POI's own resize() decodes the whole image for this).
 */
record Picture(byte[] bytes, int type, int width, int height) {
    static Picture of(byte[] bytes, String what) throws IOException {
        ImageFile image;
        try {
            image = ImageFile.header(bytes);
        } catch (ImageFile.Problem e) {
            throw new IOException(what + " " + e.getMessage(), e);
        }
        int type = image.type() == ImageFile.Type.PNG ? Workbook.PICTURE_TYPE_PNG : Workbook.PICTURE_TYPE_JPEG;
        return new Picture(bytes, type, image.width(), image.height());
    }

    /**
     * Places the image {@code heightPx} tall with its top at {@code topPx}; its left edge at
     * {@code leftPx}, or, when {@code fromRight}, its right edge that far before the end of column {@code lastCol}.
     */
    void place(XSSFSheet sheet, int leftPx, int topPx, int heightPx, boolean fromRight, int lastCol) {
        int widthPx = Math.max(1, Math.round(heightPx * (float) width / Math.max(1, height)));
        int x = leftPx;
        if (fromRight) {
            float total = 0;
            for (int col = 0; col <= lastCol; col++) total += sheet.getColumnWidthInPixels(col);
            x = Math.max(0, Math.round(total) - leftPx - widthPx);
        }
        int index = sheet.getWorkbook().addPicture(bytes, type);
        XSSFClientAnchor anchor = new XSSFClientAnchor();
        int[] from = column(sheet, x);
        int[] to = column(sheet, x + widthPx);
        int[] top = row(sheet, topPx);
        int[] bottom = row(sheet, topPx + heightPx);
        anchor.setCol1(from[0]);
        anchor.setDx1(from[1]);
        anchor.setCol2(to[0]);
        anchor.setDx2(to[1]);
        anchor.setRow1(top[0]);
        anchor.setDy1(top[1]);
        anchor.setRow2(bottom[0]);
        anchor.setDy2(bottom[1]);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        sheet.createDrawingPatriarch().createPicture(anchor, index);
    }

    /** The column holding pixel {@code x} and the offset into it, in EMU. */
    private static int[] column(XSSFSheet sheet, int x) {
        int col = 0;
        float left = x;
        while (left >= sheet.getColumnWidthInPixels(col)) left -= sheet.getColumnWidthInPixels(col++);
        return new int[] {col, Math.round(left * Units.EMU_PER_PIXEL)};
    }

    private static int[] row(XSSFSheet sheet, int y) {
        int row = 0;
        float top = y;
        while (top >= heightPx(sheet, row)) top -= heightPx(sheet, row++);
        return new int[] {row, Math.round(top * Units.EMU_PER_PIXEL)};
    }

    private static float heightPx(XSSFSheet sheet, int row) {
        float points = sheet.getRow(row) != null ? sheet.getRow(row).getHeightInPoints() : sheet.getDefaultRowHeightInPoints();
        return points * Units.PIXEL_DPI / Units.POINT_DPI;
    }
}
