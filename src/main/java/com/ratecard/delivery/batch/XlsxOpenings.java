package com.ratecard.delivery.batch;

import com.ratecard.data.InputException;
import java.io.FilterInputStream;
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
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Openings from the first sheet of an XLSX workbook, first row naming the columns. Everything is
 * streamed: the sheet with SAX, the shared strings through a {@link SharedStringsSpill} on disk,
 * each cell's text bounded by Excel's own 32,767 characters, the styles part bounded too; so a
 * workbook of any length, however its strings expand, is read in a small, fixed amount of memory.
 * Values are read as displayed ({@code $165,000} stays an amount), except dates, which come out as
 * YYYY-MM-DD; formulas give their cached result. Row numbers are the sheet's.
 */
public final class XlsxOpenings extends FileOpenings {
    /** styles.xml holds formats and fonts: a few kilobytes in real workbooks. */
    private static final long MAX_STYLES_BYTES = 16L * 1024 * 1024;

    public XlsxOpenings(Path file) {
        super(file);
    }

    @Override
    public void forEach(Consumer<SourceRow> consumer) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = styles(reader);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) throw new InputException("openings", name + ": the workbook has no sheet; expected openings on its first sheet");
            try (SharedStringsSpill strings = SharedStringsSpill.read(sharedStrings(reader)); InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new Sheet(styles, strings, new Rows(consumer)));
                parser.parse(new InputSource(sheet));
            }
        } catch (InputException e) {
            throw e;
        } catch (Downstream e) {
            throw e.failure;
        } catch (SharedStringsSpill.TooLarge e) {
            throw new InputException("openings", name + ": " + e.getMessage() + "; refused (save the sheet as CSV, or split it)");
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new InputException("openings", name + ": " + problem(e));
        }
    }

    /** What POI's assorted exceptions mean, in one line. */
    private static String problem(Exception e) {
        Throwable cause = e instanceof SAXException sax && sax.getException() != null ? sax.getException() : e;
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        if (message.contains("Zip bomb") || message.contains("zip bomb")) {
            return "a part of the workbook expands far beyond its compressed size (a zip bomb?); refused (save the sheet as CSV)";
        }
        if (cause instanceof TooBig big) return big.getMessage() + "; refused";
        return "not a readable XLSX workbook (" + cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message)
                + "); expected an Excel .xlsx file";
    }

    private static InputStream sharedStrings(XSSFReader reader) throws IOException {
        try {
            return reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            return null; // a workbook without shared strings (all inline)
        }
    }

    /** The styles (for number and date formats), read from a bounded stream; null when the workbook has none. */
    private static StylesTable styles(XSSFReader reader) throws IOException {
        InputStream data;
        try {
            data = reader.getStylesData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            return null;
        }
        if (data == null) return null;
        try (InputStream in = new Bounded(data, MAX_STYLES_BYTES, "its styles part")) {
            return new StylesTable(in);
        }
    }

    /** A part larger than it has any reason to be. */
    private static final class TooBig extends IOException {
        TooBig(String message) {
            super(message);
        }
    }

    /** Fails once more than {@code max} bytes are read. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private final String what;
        private long read;

        Bounded(InputStream in, long max, String what) {
            super(in);
            this.max = max;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count(n);
            return n;
        }

        private void count(long n) throws TooBig {
            read += n;
            if (read > max) throw new TooBig(what + " is larger than " + max / (1024 * 1024) + " MB");
        }
    }

    /** A failure of the consumer, carried through the parser untouched. */
    private static final class Downstream extends RuntimeException {
        final RuntimeException failure;

        Downstream(RuntimeException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    /**
     * SAX over a sheet: each {@code <row>}'s cells by column, their text as displayed. Text is
     * bounded per cell; a shared string comes from the spill.
     */
    private final class Sheet extends DefaultHandler {
        private final StylesTable styles;
        private final SharedStringsSpill strings;
        private final Rows rows;
        private final DataFormatter formatter = new IsoDates();
        private final StringBuilder value = new StringBuilder();
        private boolean collecting;
        private boolean inInline;
        private int phonetic;
        private String type;
        private int style;
        private String reference;
        private int rowNumber;
        private boolean hadValue;

        Sheet(StylesTable styles, SharedStringsSpill strings, Rows rows) {
            this.styles = styles;
            this.strings = strings;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (local(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : parseInt(r, rowNumber + 1);
                    rows.startRow(rowNumber);
                }
                case "c" -> {
                    type = attributes.getValue("t");
                    reference = attributes.getValue("r");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : parseInt(s, -1);
                    value.setLength(0);
                    hadValue = false;
                }
                case "v" -> {
                    value.setLength(0);
                    collecting = true;
                    hadValue = true;
                }
                case "is" -> {
                    inInline = true;
                    value.setLength(0);
                    hadValue = true;
                }
                case "rPh" -> phonetic++;
                case "t" -> collecting = inInline && phonetic == 0;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (local(localName, qName)) {
                case "v", "t" -> collecting = false;
                case "is" -> inInline = false;
                case "rPh" -> phonetic--;
                case "c" -> {
                    if (hadValue) rows.cell(reference, text());
                    else rows.skip(reference);
                }
                case "row" -> rows.endRow(rowNumber);
                case "sheetData" -> rows.endSheet();
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!collecting) return;
            int room = SharedStringsSpill.MAX_CELL_CHARS - value.length();
            if (room > 0) value.append(ch, start, Math.min(room, length));
        }

        /** The cell's text as Excel displays it. */
        private String text() throws SAXException {
            String raw = value.toString();
            try {
                if (type == null || type.equals("n")) return number(raw);
                return switch (type) {
                    case "s" -> {
                        String shared = strings.get(parseInt(raw.strip(), -1));
                        yield shared == null ? "" : shared;
                    }
                    case "b" -> "1".equals(raw.strip()) ? "TRUE" : "FALSE";
                    case "e" -> "#" + raw.strip().replace("#", "");
                    default -> raw; // inlineStr, str (a formula's text), d (an ISO date)
                };
            } catch (IOException e) {
                throw new SAXException(e);
            }
        }

        private String number(String raw) {
            String trimmed = raw.strip();
            if (trimmed.isEmpty()) return "";
            double n;
            try {
                n = Double.parseDouble(trimmed);
            } catch (NumberFormatException e) {
                return trimmed;
            }
            if (styles == null || style < 0 || style >= styles.getNumCellStyles()) return formatter.formatRawCellContents(n, 0, "General");
            XSSFCellStyle cellStyle = styles.getStyleAt(style);
            String format = cellStyle.getDataFormatString();
            return formatter.formatRawCellContents(n, cellStyle.getDataFormat(), format == null ? "General" : format);
        }

        private static int parseInt(String text, int fallback) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }

        private static String local(String localName, String qName) {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            int colon = name.indexOf(':');
            return colon >= 0 ? name.substring(colon + 1) : name;
        }
    }

    /** Collects each row's cells by column and hands complete rows on. */
    private final class Rows {
        private final Consumer<SourceRow> consumer;
        private List<String> header;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        Rows(Consumer<SourceRow> consumer) {
            this.consumer = consumer;
        }

        void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        void skip(String reference) {
            nextColumn = column(reference) + 1;
        }

        void cell(String reference, String value) {
            int column = column(reference);
            while (cells.size() < column) cells.add(null);
            if (cells.size() == column) cells.add(value);
            else cells.set(column, value);
            nextColumn = column + 1;
        }

        private int column(String reference) {
            if (reference == null) return nextColumn;
            try {
                return new CellReference(reference).getCol();
            } catch (RuntimeException e) {
                return nextColumn;
            }
        }

        void endRow(int rowNum) {
            if (header == null) {
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) return; // leading blank rows
                header = OpeningSource.header(name, cells);
                return;
            }
            SourceRow row = OpeningSource.row(name, rowNum, header, cells);
            if (row == null) return;
            try {
                consumer.accept(row);
            } catch (RuntimeException e) {
                throw new Downstream(e);
            }
        }

        void endSheet() {
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
