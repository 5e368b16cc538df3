package com.ratecard.render.xlsx;

import com.ratecard.render.brand.Brand;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * A batch's summary workbook for the agency ({@code out/summary.xlsx}): "Openings", one row per
 * input row (status, key figures, links to the row's files, the reason of a failure); "Rate card",
 * every client's lines; "Run". Rows are streamed (SXSSF) from the iterables, so a batch of any
 * length is written in a small, fixed memory window (links to files stop after
 * {@value #MAX_LINKS}: POI holds those in memory). Input text is always a text cell, never a
 * formula, and written literally ({@link SafeText}). Every sheet prints landscape on Letter, one
 * page wide, with its header row on each page.
 */
public final class SummaryWorkbook {
    /** The key figures of a priced row. */
    public record Figures(long baseLow, long baseHigh, long totalCompLow, long totalCompHigh, double payLow, double payHigh,
                          double billLow, double billHigh, String verdict, String pricedAs, List<String> notPricedSkills) {
        public Figures {
            notPricedSkills = notPricedSkills == null ? List.of() : List.copyOf(notPricedSkills);
        }
    }

    /**
     * One input row. {@code figures} is null for a row that was not priced; {@code files} maps a
     * format to the file's path relative to the workbook.
     */
    public record Opening(int row, String status, boolean failed, String client, String role, String level, String location,
                          String engagement, Double budget, boolean hourlyBudget, Figures figures, Map<String, String> files,
                          String reason) {}

    /** One line of a client's rate card, with the card's path (null when it was not written). */
    public record RateLine(String client, String role, String level, String location, int openings, double billMin,
                           double billTarget, double billMax, long baseLow, long baseHigh, String rateCardPath) {}

    /** What the Run sheet shows. */
    public record Run(String input, String brand, String generatedAt, int rows, int ok, int skipped, int failed, int stale) {}

    private static final String[] OPENING_HEAD = {"Row", "Status", "Client", "Role", "Level", "Location", "Engagement", "Budget",
            "Base low", "Base high", "Total comp low", "Total comp high", "Pay rate low", "Pay rate high", "Bill rate low",
            "Bill rate high", "Budget verdict", "Priced as", "Not priced by the guide"};
    private static final String[] CARD_HEAD = {"Client", "Role", "Level", "Location", "Openings", "Bill rate min",
            "Bill rate target", "Bill rate max", "Base low", "Base high", "Rate card"};
    private static final int WINDOW = 200;
    /**
     * POI keeps every hyperlink of a streamed sheet in memory until the end (about 2 KB each):
     * the first 20,000 files get a link, later cells show the file's path as text.
     */
    static final int MAX_LINKS = 20_000;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Brand brand;
    private int links;

    private SummaryWorkbook(Brand brand) {
        this.brand = brand;
    }

    /** Writes the workbook to {@code out} (the caller writes it atomically); the iterables are read once. */
    public static void write(Brand brand, List<String> formats, Iterable<Opening> openings, Iterable<RateLine> rateLines, Run run,
                             OutputStream out) throws IOException {
        SummaryWorkbook summary = new SummaryWorkbook(brand);
        try {
            summary.openings(formats, openings);
            summary.rateCards(rateLines);
            summary.run(run);
            summary.workbook.write(out);
        } finally {
            summary.workbook.close();
            summary.workbook.dispose();
        }
    }

    private void openings(List<String> formats, Iterable<Opening> openings) {
        SXSSFSheet sheet = workbook.createSheet("Openings");
        List<String> head = new ArrayList<>(List.of(OPENING_HEAD));
        formats.forEach(f -> head.add(f.toUpperCase(Locale.ROOT)));
        head.add("Reason");
        header(sheet, head, new int[] {6, 9, 26, 24, 14, 28, 16, 11, 11, 11, 13, 13, 12, 12, 12, 12, 14, 100, 24});
        int r = 1;
        for (Opening o : openings) {
            Row row = sheet.createRow(r++);
            int c = 0;
            number(row, c++, o.row(), "int");
            Cell status = text(row, c++, o.status());
            if (o.failed()) status.setCellStyle(style("failed"));
            text(row, c++, o.client());
            text(row, c++, o.role());
            text(row, c++, o.level());
            text(row, c++, o.location());
            text(row, c++, o.engagement());
            if (o.budget() != null) number(row, c, o.budget(), o.hourlyBudget() ? "hourly" : "annual");
            c++;
            Figures f = o.figures();
            if (f != null) {
                number(row, c++, f.baseLow(), "annual");
                number(row, c++, f.baseHigh(), "annual");
                number(row, c++, f.totalCompLow(), "annual");
                number(row, c++, f.totalCompHigh(), "annual");
                number(row, c++, f.payLow(), "hourly");
                number(row, c++, f.payHigh(), "hourly");
                number(row, c++, f.billLow(), "hourly");
                number(row, c++, f.billHigh(), "hourly");
                text(row, c++, f.verdict());
                text(row, c++, f.pricedAs());
                text(row, c++, f.notPricedSkills().isEmpty() ? null : String.join("; ", f.notPricedSkills()));
            } else {
                c += 11;
            }
            for (String format : formats) {
                String path = o.files().get(format);
                if (path != null) link(row, c, path.substring(path.lastIndexOf('/') + 1), path);
                c++;
            }
            text(row, c, o.reason());
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, head.size() - 1));
    }

    private void rateCards(Iterable<RateLine> lines) {
        SXSSFSheet sheet = workbook.createSheet("Rate card");
        header(sheet, List.of(CARD_HEAD), new int[] {26, 24, 14, 28, 9, 13, 14, 13, 11, 11, 16});
        int r = 1;
        for (RateLine line : lines) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.client());
            text(row, 1, line.role());
            text(row, 2, line.level());
            text(row, 3, line.location());
            number(row, 4, line.openings(), "int");
            number(row, 5, line.billMin(), "hourly");
            number(row, 6, line.billTarget(), "hourly");
            number(row, 7, line.billMax(), "hourly");
            number(row, 8, line.baseLow(), "annual");
            number(row, 9, line.baseHigh(), "annual");
            if (line.rateCardPath() != null) link(row, 10, "rate-card.pdf", line.rateCardPath());
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, CARD_HEAD.length - 1));
    }

    private void run(Run run) {
        SXSSFSheet sheet = workbook.createSheet("Run");
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        Object[][] rows = {{"Prepared by", brand.name()}, {"Input", run.input()}, {"Brand", run.brand()},
                {"Generated at", run.generatedAt()}, {"Rows", run.rows()}, {"OK (written)", run.ok()},
                {"Skipped (unchanged)", run.skipped()}, {"Failed", run.failed()}, {"Stale files kept", run.stale()}};
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            text(row, 0, (String) rows[i][0]).setCellStyle(style("bold"));
            if (rows[i][1] instanceof Integer n) number(row, 1, n, "int");
            else text(row, 1, (String) rows[i][1]);
        }
        print(sheet, false);
    }

    private void header(SXSSFSheet sheet, List<String> head, int[] widths) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < head.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(head.get(i));
            cell.setCellStyle(style("head"));
            sheet.setColumnWidth(i, (i < widths.length ? widths[i] : 30) * 256);
        }
        sheet.createFreezePane(0, 1);
        print(sheet, true);
    }

    /** Landscape Letter, one page wide and as many tall as it takes, the header row on every page, page numbers. */
    private void print(Sheet sheet, boolean headerRow) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.LETTER_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (headerRow) sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.getHeader().setLeft(SafeText.headerFooter(brand.name()));
        sheet.getHeader().setRight(SafeText.headerFooter(sheet.getSheetName()));
        sheet.getFooter().setCenter("Page &P of &N");
    }

    /** Always a text cell, written literally; text that a spreadsheet would take for a formula gets the quote prefix too. */
    private Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value == null) return cell;
        String text = SafeText.cell(value);
        cell.setCellValue(text);
        if (SafeText.looksLikeFormula(value)) cell.setCellStyle(style("quoted"));
        return cell;
    }

    private void number(Row row, int column, double value, String format) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style(format));
    }

    private void link(Row row, int column, String label, String relativePath) {
        if (links++ >= MAX_LINKS) {
            text(row, column, relativePath); // past the cap, the path itself (see MAX_LINKS)
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(SafeText.cell(label));
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.FILE);
        link.setAddress(relativePath);
        cell.setHyperlink(link);
        cell.setCellStyle(style("link"));
    }

    /** One style per look, created once (a style per cell would hit Excel's limit). */
    private CellStyle style(String name) {
        return styles.computeIfAbsent(name, n -> {
            XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
            switch (n) {
                case "head" -> {
                    XSSFFont font = (XSSFFont) workbook.createFont();
                    font.setBold(true);
                    font.setColor(new XSSFColor(new byte[] {(byte) 255, (byte) 255, (byte) 255}, null));
                    style.setFont(font);
                    style.setFillForegroundColor(new XSSFColor(brand.primary().bytes(), null));
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    style.setBorderBottom(BorderStyle.THIN);
                    style.setWrapText(true);
                }
                case "bold" -> {
                    Font font = workbook.createFont();
                    font.setBold(true);
                    style.setFont(font);
                }
                case "failed" -> {
                    XSSFFont font = (XSSFFont) workbook.createFont();
                    font.setBold(true);
                    font.setColor(new XSSFColor(new byte[] {(byte) 0xB0, 0x1C, 0x1C}, null));
                    style.setFont(font);
                }
                case "link" -> {
                    XSSFFont font = (XSSFFont) workbook.createFont();
                    font.setUnderline(Font.U_SINGLE);
                    font.setColor(new XSSFColor(new byte[] {0x05, 0x63, (byte) 0xC1}, null));
                    style.setFont(font);
                }
                case "quoted" -> style.setQuotePrefixed(true);
                case "annual" -> style.setDataFormat(workbook.createDataFormat().getFormat("$#,##0"));
                case "hourly" -> style.setDataFormat(workbook.createDataFormat().getFormat("$#,##0.00"));
                case "int" -> style.setDataFormat(workbook.createDataFormat().getFormat("0"));
                default -> throw new IllegalArgumentException(n);
            }
            return style;
        });
    }
}
