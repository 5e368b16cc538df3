package com.ratecard.delivery.batch;

import com.ratecard.data.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Openings from the first sheet of an XLSX workbook, first row naming the columns. The sheet is
 * streamed (SAX), so a workbook of any length is never loaded whole. Values are read as displayed
 * ({@code $165,000} stays an amount), except dates, which come out as YYYY-MM-DD; formulas give
 * their cached result. Row numbers are the sheet's.
 */
public final class XlsxOpenings extends FileOpenings {
    public XlsxOpenings(Path file) {
        super(file);
    }

    @Override
    public void forEach(Consumer<SourceRow> consumer) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) throw new InputException("openings", name + ": the workbook has no sheet; expected openings on its first sheet");
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Rows(consumer), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (InputException e) {
            throw e;
        } catch (Downstream e) {
            throw e.failure;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI signals a file that is not a workbook with assorted runtime exceptions.
            throw new InputException("openings", name + ": not a readable XLSX workbook (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
                    + "); expected an Excel .xlsx file");
        }
    }

    /** A failure of the consumer, carried through POI's parser untouched. */
    private static final class Downstream extends RuntimeException {
        final RuntimeException failure;

        Downstream(RuntimeException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    /** Collects each row's cells by column and hands complete rows on. */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<SourceRow> consumer;
        private List<String> header;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        Rows(Consumer<SourceRow> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (cells.size() < column) cells.add(null);
            if (cells.size() == column) cells.add(value);
            else cells.set(column, value);
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) return; // leading blank rows
                header = OpeningSource.header(name, cells);
                return;
            }
            SourceRow row = OpeningSource.row(name, rowNum + 1, header, cells);
            if (row == null) return;
            try {
                consumer.accept(row);
            } catch (RuntimeException e) {
                throw new Downstream(e);
            }
        }

        @Override
        public void endSheet() {
            if (header == null) {
                throw new InputException("header", name + ":1: header: the first sheet is empty; expected a first row naming the columns");
            }
        }
    }

    /** Dates as ISO text, everything else as Excel displays it. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing);
                return LocalDate.from(time).toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
