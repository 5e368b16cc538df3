package com.ratecard.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Engagement;
import com.ratecard.data.Opening;
import com.ratecard.data.Skill;
import com.ratecard.render.QuoteDocument;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The client workbook read back with POI prints cleanly: every sheet landscape, one page wide,
 * its title repeated, its footer naming it; no text runs into a neighbour or past the printed
 * columns, no header breaks inside a word, no figure shows as ####, and text after a figure is
 * set off from it. Widths are estimated with the Liberation metrics (LibreOffice's conversion to
 * PDF was looked at as well).
 */
class SheetFitTest {
    private static final TextWidth MEASURE = TextWidth.LIBERATION;

    private static List<XSSFWorkbook> rendered;

    static synchronized List<XSSFWorkbook> workbooks() {
        if (rendered == null) rendered = render();
        return rendered;
    }

    private static List<XSSFWorkbook> render() {
        List<Skill> all = Fixtures.MARKET.skills().items();
        Opening crowded = Opening.builder().client("Consolidated Interplanetary Machine Learning Operations Holdings")
                .contactName("Zoë Łukasiewicz").role("ML infrastructure engineer").level("staff").location("San Francisco")
                .skills(all.stream().map(Skill::id).toList()).clearance(com.ratecard.data.Clearance.REQUIRED)
                .engagement(Engagement.CONTRACT_TO_HIRE).budget(com.ratecard.data.Budget.annual(180_000L))
                .accountManager("Priya Natarajan").accountManagerEmail("priya@northbeam.example").build();
        List<XSSFWorkbook> out = new ArrayList<>();
        for (String brand : List.of("northbeam", "cedar-slate")) {
            out.add(Rendered.workbook(Fixtures.document(Fixtures.sample(), brand)));
            out.add(Rendered.workbook(QuoteDocument.of(Fixtures.quote(crowded), Fixtures.brand(brand), null, Fixtures.ISSUED)));
        }
        return out;
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsTitleRepeatedAndItsNameInTheFooter() {
        for (XSSFWorkbook workbook : workbooks()) {
            for (Sheet s : workbook) {
                if (workbook.isSheetHidden(workbook.getSheetIndex(s))) continue;
                XSSFSheet sheet = (XSSFSheet) s;
                String name = sheet.getSheetName();
                assertTrue(sheet.getPrintSetup().getLandscape(), name);
                assertTrue(sheet.getFitToPage(), name);
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), name);
                assertEquals(0, sheet.getPrintSetup().getFitHeight(), name + ": as many pages down as it takes");
                CellRangeAddress repeated = sheet.getRepeatingRows();
                assertNotNull(repeated, name + ": header rows repeat");
                String title = sheet.getRow(repeated.getFirstRow()).getCell(0).getStringCellValue();
                assertFalse(title.isBlank(), name + ": the repeated rows start with the title");
                String footer = sheet.getFooter().getLeft() + sheet.getFooter().getCenter() + sheet.getFooter().getRight();
                assertTrue(footer.contains(name.replace("&", "&&")), name + ": " + footer);
                assertFalse(footer.contains("Rate card"), name + ": " + footer);
            }
        }
    }

    @Test
    void noTextRunsIntoItsNeighbourOrIsCutAndNoWordBreaks() {
        List<String> problems = new ArrayList<>();
        for (XSSFWorkbook workbook : workbooks()) {
            for (Sheet s : workbook) {
                if (workbook.isSheetHidden(workbook.getSheetIndex(s))) continue;
                XSSFSheet sheet = (XSSFSheet) s;
                int lastColumn = 0;
                for (Row row : sheet) lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
                for (Row row : sheet) {
                    for (Cell c : row) {
                        XSSFCell cell = (XSSFCell) c;
                        CellRangeAddress region = region(sheet, cell);
                        int first = region == null ? cell.getColumnIndex() : region.getFirstColumn();
                        int last = region == null ? cell.getColumnIndex() : region.getLastColumn();
                        if (region != null && first != cell.getColumnIndex()) continue;
                        double avail = 0;
                        for (int col = first; col <= last; col++) avail += sheet.getColumnWidthInPixels(col) * 0.75;
                        XSSFFont font = workbook.getFontAt(cell.getCellStyle().getFontIndex());
                        double indent = cell.getCellStyle().getIndention() * SheetFit.INDENT;
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        boolean number = cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA
                                && cell.getCachedFormulaResultType() == CellType.NUMERIC;
                        if (number) {
                            double need = MEASURE.points(SheetFit.shown(cell), font) + SheetFit.PADDING;
                            if (need > avail + 0.5) problems.add(where + ": figure wider than its column (####)");
                            continue;
                        }
                        if (cell.getCellType() != CellType.STRING || cell.getStringCellValue().isBlank()) continue;
                        String text = cell.getStringCellValue();
                        if (cell.getCellStyle().getWrapText()) {
                            double word = MEASURE.longestWord(text, font);
                            // Only a word longer than the widest column Excel will make may break (a pasted unbroken string).
                            if (word + SheetFit.PADDING + indent > avail + 0.5 && word < 60 * 7 * 0.75 - 10) {
                                problems.add(where + ": a word of \"" + text + "\" breaks");
                            }
                            continue;
                        }
                        if (MEASURE.points(text, font) + SheetFit.PADDING + indent <= avail + 0.5) continue;
                        HorizontalAlignment align = SheetFit.alignment(cell);
                        Cell after = row.getCell(last + 1);
                        Cell before = first == 0 ? null : row.getCell(first - 1);
                        boolean right = align == HorizontalAlignment.RIGHT;
                        if (!right && (after != null && !empty(after) || last >= lastColumn)) problems.add(where + ": \"" + text + "\" runs on");
                        if (right && (first == 0 || before != null && !empty(before))) problems.add(where + ": \"" + text + "\" runs back");
                    }
                    // A figure right-aligned against text left-aligned after it: the text is indented.
                    for (Cell c : row) {
                        XSSFCell cell = (XSSFCell) c;
                        if (cell.getColumnIndex() == 0 || cell.getCellType() != CellType.STRING || cell.getStringCellValue().isBlank()) continue;
                        XSSFCell before = (XSSFCell) row.getCell(cell.getColumnIndex() - 1);
                        if (before != null && !empty(before) && SheetFit.alignment(before) == HorizontalAlignment.RIGHT
                                && SheetFit.alignment(cell) == HorizontalAlignment.LEFT && cell.getCellStyle().getIndention() == 0) {
                            problems.add(sheet.getSheetName() + "!" + cell.getAddress() + ": touches the figure before it");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static CellRangeAddress region(XSSFSheet sheet, XSSFCell cell) {
        for (CellRangeAddress region : sheet.getMergedRegions()) if (region.isInRange(cell)) return region;
        return null;
    }

    private static boolean empty(Cell cell) {
        return cell.getCellType() == CellType.BLANK || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty();
    }
}
