package com.ratecard.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PaperSize;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Regenerates the starting workbook template, {@code templates/workbook/ratecard.xlsx}: its sheets,
 * column widths, print setup, and the Styles sheet's sample cells. It was run once; after that,
 * people restyle the .xlsx directly in Excel or LibreOffice, and running this again would throw
 * their work away.
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
 *     com.ratecard.render.xlsx.WorkbookTemplateGenerator [output.xlsx]
 * </pre>
 */
public final class WorkbookTemplateGenerator {
    private static final String FONT = "Liberation Sans";
    private static final String PRIMARY = "1F3A5F";
    private static final String MUTED = "5B6B7F";
    private static final String INPUT_FILL = "FFF2CC";
    private static final String HIGHLIGHT_FILL = "F9D47F";
    private static final String RULE = "BFC7D1";

    /** Column widths in characters, per sheet. */
    private static final Map<String, int[]> WIDTHS = Map.of(
            WorkbookTemplate.SUMMARY, new int[] {44, 14, 14, 16, 16, 16, 16, 16},
            WorkbookTemplate.MARKET, new int[] {26, 9, 11, 11, 11, 11, 11, 11, 12, 12},
            WorkbookTemplate.LOCATIONS, new int[] {34, 12, 12, 12, 12, 8, 15, 15, 44},
            WorkbookTemplate.ROLES, new int[] {22, 13, 13, 13, 13, 14, 56},
            WorkbookTemplate.PREMIUMS, new int[] {56, 12, 12, 26, 12, 12, 60},
            WorkbookTemplate.CALCULATOR, new int[] {58, 32, 12, 15, 15, 15, 15, 54},
            WorkbookTemplate.METHOD, new int[] {46, 28, 64, 60},
            WorkbookTemplate.TABLES, new int[] {20, 10, 12, 12, 12, 12, 12, 12, 4, 34, 12, 12, 4, 18, 4, 40, 12, 12, 4, 34, 12, 12},
            WorkbookTemplate.STYLES, new int[] {18, 20, 70});

    private WorkbookTemplateGenerator() {}

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : Path.of("templates").resolve(WorkbookTemplate.FILE);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (XSSFWorkbook workbook = generate(); OutputStream stream = Files.newOutputStream(out)) {
            workbook.write(stream);
        }
        System.out.println("wrote " + out);
    }

    static XSSFWorkbook generate() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFFont normal = workbook.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 10);
        for (String name : WorkbookTemplate.SHEETS) {
            XSSFSheet sheet = workbook.createSheet(name);
            int[] widths = WIDTHS.get(name);
            for (int col = 0; col < widths.length; col++) sheet.setColumnWidth(col, widths[col] * 256);
            print(sheet);
        }
        XSSFSheet summary = workbook.getSheet(WorkbookTemplate.SUMMARY);
        summary.setDisplayGridlines(false);
        summary.createRow(0).setHeightInPoints(54); // the logo band
        summary.createRow(1).setHeightInPoints(26); // the title band
        for (String name : new String[] {WorkbookTemplate.MARKET, WorkbookTemplate.LOCATIONS, WorkbookTemplate.ROLES,
                WorkbookTemplate.PREMIUMS, WorkbookTemplate.CALCULATOR, WorkbookTemplate.METHOD}) {
            workbook.getSheet(name).createRow(0).setHeightInPoints(24);
        }
        samples(workbook, workbook.getSheet(WorkbookTemplate.STYLES));
        workbook.setSheetHidden(workbook.getSheetIndex(WorkbookTemplate.TABLES), true);
        workbook.setSheetHidden(workbook.getSheetIndex(WorkbookTemplate.STYLES), true);
        workbook.setActiveSheet(0);
        return workbook;
    }

    /** Landscape, one page wide, brand and sheet in the header, the sheet and page numbers in the footer. */
    private static void print(XSSFSheet sheet) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PaperSize.LETTER_PAPER);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.25);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        sheet.getHeader().setLeft("&B" + SheetFinish.BRAND);
        sheet.getHeader().setRight("&A");
        sheet.getFooter().setLeft(SheetFinish.SHEET);
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** One row per look: its id, a sample cell in the look, and what it is for. */
    private static void samples(XSSFWorkbook workbook, XSSFSheet sheet) {
        XSSFRow top = sheet.createRow(0);
        top.createCell(0).setCellValue("Look");
        top.createCell(1).setCellValue("Sample");
        top.createCell(2).setCellValue("Restyle the sample in column B (font size, bold, borders, alignment, number format, "
                + "fill). Fills and font colours marked (brand) are replaced by the brand's colours; every font's family "
                + "by the brand's font.");
        int row = 1;
        Map<FontSpec, XSSFFont> fonts = new java.util.HashMap<>();
        for (Look look : Look.values()) {
            XSSFRow r = sheet.createRow(row++);
            r.setHeightInPoints(22);
            r.createCell(0).setCellValue(look.id());
            XSSFCell sample = r.createCell(1);
            if (look.name().contains("MONEY") || look == Look.HOURLY || look == Look.NUMBER || look == Look.FACTOR) {
                sample.setCellValue(185_250.5);
            } else if (look.name().contains("PERCENT")) {
                sample.setCellValue(0.125);
            } else if (look.name().contains("DATE")) {
                sample.setCellValue(java.time.LocalDate.of(2026, 1, 1));
            } else {
                sample.setCellValue("Sample " + look.id());
            }
            sample.setCellStyle(style(workbook, look, fonts));
            r.createCell(2).setCellValue(look.purpose() + (look.paint() == Look.Paint.NONE ? "" : " (brand)"));
        }
    }

    /** What a look's font looks like; looks with the same one share a font. */
    private record FontSpec(int points, boolean bold, boolean italic, String color) {
        XSSFFont create(XSSFWorkbook workbook) {
            XSSFFont font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            if (color != null) font.setColor(rgb(color));
            return font;
        }
    }

    private static XSSFCellStyle style(XSSFWorkbook workbook, Look look, Map<FontSpec, XSSFFont> fonts) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        String format = switch (look) {
            case MONEY, MONEY_KEY, INPUT_MONEY -> "$#,##0";
            case HOURLY -> "$#,##0.00";
            case PERCENT, INPUT_PERCENT -> "0%";
            case PERCENT_SIGNED -> "+0%;-0%;0%";
            case PERCENT_FINE -> "0.0%";
            case NUMBER -> "#,##0";
            case FACTOR -> "0.0000";
            case DATE, INPUT_DATE -> "yyyy-mm-dd";
            default -> null;
        };
        if (format != null) style.setDataFormat(workbook.createDataFormat().getFormat(format));
        FontSpec font = new FontSpec(10, false, false, null);
        switch (look) {
            case TITLE -> {
                font = new FontSpec(15, true, false, "FFFFFF");
                fill(style, PRIMARY);
                style.setVerticalAlignment(VerticalAlignment.CENTER);
                style.setIndention((short) 1);
            }
            case SUBTITLE -> {
                font = new FontSpec(10, false, true, MUTED);
                style.setVerticalAlignment(VerticalAlignment.CENTER);
            }
            case SECTION -> {
                font = new FontSpec(12, true, false, PRIMARY);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBottomBorderColor(rgb(RULE));
                style.setVerticalAlignment(VerticalAlignment.BOTTOM);
            }
            case HEADER -> {
                font = new FontSpec(10, true, false, "FFFFFF");
                fill(style, PRIMARY);
                style.setWrapText(true);
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setVerticalAlignment(VerticalAlignment.CENTER);
            }
            case FLAG -> style.setAlignment(HorizontalAlignment.CENTER);
            case LABEL -> font = new FontSpec(10, true, false, null);
            case WRAP -> style.setWrapText(true);
            case NOTE -> {
                font = new FontSpec(9, false, true, MUTED);
                style.setWrapText(true);
            }
            case MONEY_KEY -> font = new FontSpec(11, true, false, null);
            case VERDICT -> font = new FontSpec(12, true, false, null);
            case INPUT, INPUT_MONEY, INPUT_PERCENT, INPUT_DATE -> {
                fill(style, INPUT_FILL);
                style.setLocked(false);
                box(style, rgb(RULE));
                style.setAlignment(HorizontalAlignment.LEFT);
            }
            case HIGHLIGHT -> {
                font = new FontSpec(10, true, false, null);
                fill(style, HIGHLIGHT_FILL);
            }
            default -> { }
        }
        style.setFont(fonts.computeIfAbsent(font, spec -> spec.create(workbook)));
        return style;
    }

    private static void box(XSSFCellStyle style, XSSFColor color) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setTopBorderColor(color);
        style.setBottomBorderColor(color);
        style.setLeftBorderColor(color);
        style.setRightBorderColor(color);
    }

    private static void fill(XSSFCellStyle style, String hex) {
        style.setFillForegroundColor(rgb(hex));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static XSSFColor rgb(String hex) {
        return new XSSFColor(new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16),
                (byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16)}, null);
    }
}
