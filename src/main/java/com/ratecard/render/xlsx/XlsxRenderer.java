package com.ratecard.render.xlsx;

import com.ratecard.data.MarketData;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import com.ratecard.render.brand.Brand;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The quote as an Excel workbook: the template {@code workbook/ratecard.xlsx} under the templates
 * folder gives the sheets, looks and print setup; this fills in the quote, the brand, charts and
 * the Calculator's live formulas. Thread-safe and reusable: the template is read once and every
 * render opens a fresh workbook from it.
 */
public final class XlsxRenderer implements Renderer {
    private final WorkbookTemplate template;
    private final MarketData data;
    private final Map<Path, Picture> logos = new ConcurrentHashMap<>();

    /**
     * @param templatesDir the templates folder (holding {@code workbook/ratecard.xlsx})
     * @param data the market data the quotes were priced with: it fills the reference sheets
     */
    public XlsxRenderer(Path templatesDir, MarketData data) {
        this.template = WorkbookTemplate.load(templatesDir);
        this.data = data;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public void render(QuoteDocument document, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = template.open()) {
            StyleCache styles = new StyleCache(workbook, workbook.getSheet(WorkbookTemplate.STYLES), document.brand());
            RenderContext context = new RenderContext(document, data, workbook, styles);
            // Tables first: it defines the names the Calculator's formulas use and holds the charts' series.
            TablesSheet.Charts charts = TablesSheet.write(context);
            CalculatorSheet.write(context);
            SummarySheet.write(context, logo(document.brand()), charts);
            MarketSheet.write(context);
            LocationsSheet.write(context, charts);
            RolesSheet.write(context);
            PremiumsSheet.write(context);
            MethodSheet.write(context);

            workbook.removeSheetAt(workbook.getSheetIndex(WorkbookTemplate.STYLES));
            workbook.setSheetHidden(workbook.getSheetIndex(WorkbookTemplate.TABLES), true);
            for (Sheet sheet : workbook) SheetFinish.apply((org.apache.poi.xssf.usermodel.XSSFSheet) sheet, document.brand(), styles);
            workbook.setActiveSheet(0);
            workbook.setFirstVisibleTab(0);
            workbook.setForceFormulaRecalculation(true); // Excel recomputes on open all the same
            DocumentProperties.apply(workbook, document);
            workbook.write(out);
        }
    }

    /** The brand's logo, read once per brand. */
    private Picture logo(Brand brand) {
        return logos.computeIfAbsent(brand.logo(), path -> {
            try {
                return Picture.of(Files.readAllBytes(path), "brand logo " + path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
