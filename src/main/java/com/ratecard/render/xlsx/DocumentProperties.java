package com.ratecard.render.xlsx;

import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Title, author, company and the rest of the file's properties; client text kept short and clean. */
final class DocumentProperties {
    private static final int LIMIT = 250;

    private DocumentProperties() {}

    static void apply(XSSFWorkbook workbook, QuoteDocument document) {
        Quote quote = document.quote();
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(SafeText.shorten("Rate card: " + quote.level().name() + " " + quote.role().name() + ", "
                + quote.location().name() + " for " + quote.opening().client(), LIMIT));
        core.setSubjectProperty("Salary and rate recommendation for " + SafeText.shorten(quote.opening().client(), 120));
        core.setCreator(SafeText.shorten(document.preparedBy() != null ? document.preparedBy() : document.brand().name(), LIMIT));
        core.setKeywords(SafeText.shorten("rate card; " + quote.role().name() + "; " + quote.level().name() + "; "
                + quote.location().name(), LIMIT));
        core.setDescription("Market figures as of " + quote.dataAsOf() + "; effective " + quote.effectiveDate()
                + "; issued " + document.issued());
        core.setCreated(Optional.of(Date.from(document.issued().atStartOfDay().toInstant(ZoneOffset.UTC))));
        POIXMLProperties.ExtendedProperties extended = workbook.getProperties().getExtendedProperties();
        extended.setCompany(SafeText.shorten(document.brand().name(), LIMIT));
        extended.setApplication("ratecard");
    }
}
