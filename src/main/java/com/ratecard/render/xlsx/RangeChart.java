package com.ratecard.render.xlsx;

import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFFont;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native chart of low-high ranges as floating horizontal bars: an invisible "from" series with
 * the visible "span" stacked on it. A bar whose "from" is 0 is drawn from the axis start (a budget).
 */
final class RangeChart {
    /** Where the series are: one row per bar, a label, a from and a span column. */
    record Data(XSSFSheet sheet, int firstRow, int lastRow, int labelCol, int fromCol, int spanCol) {}

    /** The brand's part: the bars' colour, other colours for some bars (by index), the font family. */
    record Palette(byte[] bar, Map<Integer, byte[]> points, String fontFamily) {}

    private RangeChart() {}

    /**
     * Draws the chart over columns {@code firstCol..lastCol} (exclusive end) and rows
     * {@code firstRow..lastRow} (exclusive end).
     */
    static XSSFChart draw(XSSFSheet on, int firstCol, int firstRow, int lastCol, int lastRow, String title, Data data,
                          Palette palette) {
        var drawing = on.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, firstCol, firstRow, lastCol, lastRow));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFFont font = new XDDFFont(FontGroup.LATIN, palette.fontFamily(), null, null, null);
        text(chart.getTitle().getOrAddTextProperties(), font, 12, true);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN); // first row at the top
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.MAX); // with the categories reversed, keeps the dollar axis at the bottom
        values.setNumberFormat("$#,##0,\"K\"");
        double[] bounds = bounds(data);
        values.setMinimum(bounds[0]);
        values.setMaximum(bounds[1]);
        values.getOrAddMajorGridProperties();
        text(categories.getOrAddTextProperties(), font, 9, false);
        text(values.getOrAddTextProperties(), font, 9, false);

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bars.setBarDirection(BarDirection.BAR);
        bars.setBarGrouping(BarGrouping.STACKED);
        bars.setVaryColors(false);
        var labels = XDDFDataSourcesFactory.fromStringCellRange(data.sheet(), column(data, data.labelCol()));
        XDDFChartData.Series from = bars.addSeries(labels,
                XDDFDataSourcesFactory.fromNumericCellRange(data.sheet(), column(data, data.fromCol())));
        from.setTitle("From", null);
        from.setFillProperties(new XDDFNoFillProperties());
        XDDFChartData.Series span = bars.addSeries(labels,
                XDDFDataSourcesFactory.fromNumericCellRange(data.sheet(), column(data, data.spanCol())));
        span.setTitle("Range", null);
        span.setFillProperties(solid(palette.bar()));
        palette.points().forEach((index, rgb) -> span.getDataPoint(index).setFillProperties(solid(rgb)));
        chart.plot(bars);
        stackTightly(chart);
        return chart;
    }

    /**
     * Overlap 100 puts the stacked series on one bar (Excel shifts them apart otherwise). Set as
     * attribute text: poi-ooxml-lite lacks the schema type XDDF's setOverlap and setGapWidth need.
     */
    private static void stackTightly(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = (bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap()).newCursor()) {
            cursor.setAttributeText(new QName("val"), "100");
        }
        try (XmlCursor cursor = (bar.isSetGapWidth() ? bar.getGapWidth() : bar.addNewGapWidth()).newCursor()) {
            cursor.setAttributeText(new QName("val"), "60");
        }
    }

    /** Round-number axis ends around every bar's ends (bars from 0 count only by their end). */
    private static double[] bounds(Data data) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int row = data.firstRow(); row <= data.lastRow(); row++) {
            double from = data.sheet().getRow(row).getCell(data.fromCol()).getNumericCellValue();
            double end = from + data.sheet().getRow(row).getCell(data.spanCol()).getNumericCellValue();
            if (from > 0) min = Math.min(min, from);
            min = Math.min(min, end);
            max = Math.max(max, end);
        }
        double step = 10_000;
        return new double[] {Math.max(0, Math.floor(min * 0.95 / step) * step), Math.ceil(max * 1.03 / step) * step};
    }

    private static CellRangeAddress column(Data data, int col) {
        return new CellRangeAddress(data.firstRow(), data.lastRow(), col, col);
    }

    private static void text(XDDFRunProperties properties, XDDFFont font, double points, boolean bold) {
        properties.setFonts(new XDDFFont[] {font});
        properties.setFontSize(points);
        properties.setBold(bold);
    }

    private static XDDFSolidFillProperties solid(byte[] rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }
}
