package com.ratecard.samples;

import com.ratecard.data.MarketDataLoader;
import com.ratecard.data.Opening;
import com.ratecard.data.Policy;
import com.ratecard.delivery.batch.OpeningSource;
import com.ratecard.delivery.batch.SourceRow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code samples/openings.xlsx}: the openings of {@code samples/openings.csv} as an account
 * manager's spreadsheet would hold them (title-case headers, budgets and years as numbers, a frozen
 * header row). Run it after editing the CSV; {@link SampleWorkbookTest} checks the two agree.
 * Usage: {@code java -cp <test classpath> com.ratecard.samples.SampleWorkbook [csv] [xlsx]}
 */
public final class SampleWorkbook {
    static final Path CSV = Path.of("samples/openings.csv");
    static final Path XLSX = Path.of("samples/openings.xlsx");

    private SampleWorkbook() {}

    public static void main(String[] args) throws IOException {
        write(args.length > 0 ? Path.of(args[0]) : CSV, args.length > 1 ? Path.of(args[1]) : XLSX);
    }

    static void write(Path csv, Path xlsx) throws IOException {
        Policy policy = MarketDataLoader.load(Path.of("data")).policy();
        List<String> columns = Arrays.stream(Files.readAllLines(csv).get(0).split(",")).map(String::strip).toList();
        List<SourceRow> rows = new ArrayList<>();
        OpeningSource.open(csv).forEach(rows::add);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Openings");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle dollars = workbook.createCellStyle();
            dollars.setDataFormat(workbook.createDataFormat().getFormat("\"$\"#,##0"));
            Row top = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                top.createCell(c).setCellValue(title(columns.get(c)));
                top.getCell(c).setCellStyle(header);
            }
            for (int r = 0; r < rows.size(); r++) {
                SourceRow source = rows.get(r);
                Opening opening = source.fields().build(policy);
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    String column = columns.get(c);
                    String text = source.raw().get(column);
                    if (text == null) continue;
                    if (column.equals("budget") && !opening.budget().hourly()) {
                        row.createCell(c).setCellValue(opening.budget().amount());
                        row.getCell(c).setCellStyle(dollars);
                    } else if (column.equals("years")) {
                        row.createCell(c).setCellValue(opening.years());
                    } else {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            for (int c = 0; c < columns.size(); c++) sheet.setColumnWidth(c, width(columns.get(c)) * 256);
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, columns.size() - 1));
            Path tmp = xlsx.resolveSibling(xlsx.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                workbook.write(out);
            }
            Files.move(tmp, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** "contact_name" -> "Contact Name": ratecard reads either spelling. */
    static String title(String column) {
        return Arrays.stream(column.split("_")).map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    private static int width(String column) {
        return switch (column) {
            case "notes" -> 50;
            case "skills" -> 44;
            case "contact_email", "account_manager_email" -> 34;
            case "client", "role", "contact_name", "account_manager" -> 24;
            case "location", "engagement", "effective_date" -> 16;
            default -> 10;
        };
    }
}
