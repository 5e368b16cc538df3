package com.ratecard.delivery.batch;

import com.ratecard.render.ratecard.RateCard;
import com.ratecard.delivery.WrittenFile;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * {@code out/summary.xlsx}: an "Openings" sheet with one row per input row (status, key figures and
 * links to the row's files), a "Rate card" sheet with every client's rate card, and a "Run" sheet.
 * Rows are streamed (SXSSF), so thousands of openings stay within a small, fixed memory window.
 * Text from the input is always written as text, never as a formula.
 */
public final class SummaryWorkbook {
    private static final int MAX_TEXT = 32_767;
    private static final String[] OPENING_HEAD = {"Row", "Status", "Client", "Role", "Level", "Location", "Engagement", "Budget",
            "Base low", "Base high", "Total comp low", "Total comp high", "Pay rate low", "Pay rate high", "Bill rate low",
            "Bill rate high", "Budget verdict", "Priced as", "Not priced by the guide"};
    private static final String[] CARD_HEAD = {"Client", "Role", "Level", "Location", "Openings", "Bill rate min",
            "Bill rate target", "Bill rate max", "Base low", "Base high", "Rate card"};

    /** What the Run sheet shows. */
    public record Run(String input, String brand, String generatedAt, Manifest.Totals totals) {}

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Brand brand;

    private SummaryWorkbook(Brand brand) {
        this.brand = brand;
    }

    /** Writes the workbook to {@code out} (the caller writes it atomically). */
    public static void write(Brand brand, List<String> formats, List<Manifest.Entry> entries, List<RateCard> cards,
                             Map<String, String> rateCardPaths, Run run, OutputStream out) throws IOException {
        SummaryWorkbook summary = new SummaryWorkbook(brand);
        try {
            summary.openings(formats, entries);
            summary.rateCards(cards, rateCardPaths);
            summary.run(run);
            summary.workbook.write(out);
        } finally {
            summary.workbook.close();
            summary.workbook.dispose();
        }
    }

    private void openings(List<String> formats, List<Manifest.Entry> entries) {
        SXSSFSheet sheet = workbook.createSheet("Openings");
        List<String> head = new ArrayList<>(List.of(OPENING_HEAD));
        formats.forEach(f -> head.add(f.toUpperCase(Locale.ROOT)));
        head.add("Reason");
        header(sheet, head, new int[] {6, 9, 26, 24, 14, 28, 16, 11, 11, 11, 13, 13, 12, 12, 12, 12, 14, 100, 24});
        int r = 1;
        for (Manifest.Entry e : entries) {
            Row row = sheet.createRow(r++);
            int c = 0;
            number(row, c++, e.row(), "int");
            Cell status = text(row, c++, e.status());
            if (Manifest.FAILED.equals(e.status())) status.setCellStyle(style("failed"));
            Manifest.OpeningInfo o = e.opening();
            Manifest.QuoteInfo q = e.quote();
            text(row, c++, o == null ? null : o.client());
            text(row, c++, q != null ? q.role() : o == null ? null : o.role());
            text(row, c++, q != null ? q.level() : o == null ? null : o.level() != null ? o.level()
                    : o.years() != null ? o.years() + " years" : null);
            text(row, c++, q != null ? q.location() : o == null ? null : o.location());
            text(row, c++, o == null ? null : o.engagement());
            if (o != null && o.budget() != null) number(row, c, o.budget(), "hourly".equals(o.budgetUnit()) ? "hourly" : "annual");
            c++;
            if (q != null) {
                number(row, c++, q.recommendedBase().low(), "annual");
                number(row, c++, q.recommendedBase().high(), "annual");
                number(row, c++, q.totalComp().low(), "annual");
                number(row, c++, q.totalComp().high(), "annual");
                number(row, c++, q.payRate().low(), "hourly");
                number(row, c++, q.payRate().high(), "hourly");
                number(row, c++, q.billRate().low(), "hourly");
                number(row, c++, q.billRate().high(), "hourly");
                text(row, c++, q.verdict());
                text(row, c++, q.pricedAs());
                text(row, c++, q.notPricedSkills().isEmpty() ? null : String.join("; ", q.notPricedSkills()));
            } else {
                c += 11;
            }
            for (String format : formats) {
                WrittenFile file = e.files().stream().filter(f -> format.equals(f.format())).findFirst().orElse(null);
                if (file != null) link(row, c, file.path().substring(file.path().lastIndexOf('/') + 1), file.path());
                c++;
            }
            text(row, c, e.reason());
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, head.size() - 1));
    }

    private void rateCards(List<RateCard> cards, Map<String, String> rateCardPaths) {
        SXSSFSheet sheet = workbook.createSheet("Rate card");
        header(sheet, List.of(CARD_HEAD), new int[] {26, 24, 14, 28, 9, 13, 14, 13, 11, 11, 16});
        int r = 1;
        for (RateCard card : cards) {
            for (RateCard.Line line : card.lines()) {
                Row row = sheet.createRow(r++);
                text(row, 0, card.client());
                text(row, 1, line.role());
                text(row, 2, line.level());
                text(row, 3, line.location());
                number(row, 4, line.openings(), "int");
                number(row, 5, line.billMin(), "hourly");
                number(row, 6, line.billTarget(), "hourly");
                number(row, 7, line.billMax(), "hourly");
                number(row, 8, line.baseLow(), "annual");
                number(row, 9, line.baseHigh(), "annual");
                String pdf = rateCardPaths.get(card.folder());
                if (pdf != null) link(row, 10, "rate-card.pdf", pdf);
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, CARD_HEAD.length - 1));
    }

    private void run(Run run) {
        SXSSFSheet sheet = workbook.createSheet("Run");
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        Object[][] rows = {{"Prepared by", brand.name()}, {"Input", run.input()}, {"Brand", run.brand()},
                {"Generated at", run.generatedAt()}, {"Rows", run.totals().rows()}, {"OK (written)", run.totals().ok()},
                {"Skipped (unchanged)", run.totals().skipped()}, {"Failed", run.totals().failed()}};
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            text(row, 0, (String) rows[i][0]).setCellStyle(style("bold"));
            if (rows[i][1] instanceof Integer n) number(row, 1, n, "int");
            else text(row, 1, (String) rows[i][1]);
        }
    }

    private void header(Sheet sheet, List<String> head, int[] widths) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < head.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(head.get(i));
            cell.setCellStyle(style("head"));
            sheet.setColumnWidth(i, (i < widths.length ? widths[i] : 30) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Always a text cell; text that a spreadsheet would take for a formula gets the quote prefix too. */
    private Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value == null) return cell;
        String text = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
        cell.setCellValue(text);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) cell.setCellStyle(style("quoted"));
        return cell;
    }

    private void number(Row row, int column, double value, String format) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style(format));
    }

    private void link(Row row, int column, String label, String relativePath) {
        Cell cell = row.createCell(column);
        cell.setCellValue(label);
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
