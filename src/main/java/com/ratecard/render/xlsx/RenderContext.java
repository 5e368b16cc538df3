package com.ratecard.render.xlsx;

import com.ratecard.data.MarketData;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.steps.Definition;
import com.ratecard.render.DocumentFormat;
import com.ratecard.render.QuoteDocument;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every sheet writer of one render needs: the document, the data it was priced on, the
 * workbook, and the pricing steps this workbook writes (a client's workbook leaves out the
 * agency's figures).
 */
record RenderContext(QuoteDocument document, MarketData data, XSSFWorkbook workbook, StyleCache styles) {

    Quote quote() {
        return document.quote();
    }

    /** The steps' definitions this workbook shows as live formulas. */
    List<Definition> definitions() {
        return quote().steps().clientDefinitions();
    }

    /** How this document writes dates: the brand's locale. */
    DocumentFormat dates() {
        return DocumentFormat.of(document.brand().locale());
    }

    Grid grid(String sheetName) {
        return new Grid(workbook.getSheet(sheetName), styles);
    }

    /** Defines a workbook-wide name for an absolute reference such as "'Tables'!$A$2:$A$5". */
    void name(String name, String reference) {
        var defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(reference);
    }
}
