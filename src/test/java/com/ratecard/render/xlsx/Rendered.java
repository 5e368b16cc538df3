package com.ratecard.render.xlsx;

import com.ratecard.Fixtures;
import com.ratecard.render.QuoteDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helper: renders a document to bytes and reads the workbook back, finding rows by label and cells by name. */
final class Rendered {
    /** One renderer for all tests: it is meant to be shared. */
    static final XlsxRenderer RENDERER = new XlsxRenderer(Fixtures.TEMPLATES, Fixtures.MARKET);

    private Rendered() {}

    static byte[] bytes(QuoteDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RENDERER.render(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XSSFWorkbook workbook(QuoteDocument document) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row whose column A holds exactly {@code label}. */
    static XSSFRow row(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return (XSSFRow) row;
            }
        }
        throw new AssertionError("no row labelled \"" + label + "\" on " + sheet.getSheetName());
    }

    static double number(XSSFRow row, int col) {
        return row.getCell(col).getNumericCellValue();
    }

    static String text(XSSFRow row, int col) {
        return row.getCell(col).getStringCellValue();
    }

    /** The single cell a workbook name refers to. */
    static XSSFCell named(XSSFWorkbook workbook, String name) {
        XSSFName defined = workbook.getName(name);
        if (defined == null) throw new AssertionError("no name " + name);
        CellReference ref = new AreaReference(defined.getRefersToFormula(), workbook.getSpreadsheetVersion()).getFirstCell();
        XSSFSheet sheet = workbook.getSheet(ref.getSheetName());
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }
}
