package com.ratecard.render;

import com.ratecard.pricing.Quote;
import com.ratecard.render.brand.Brand;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Everything a deliverable about one quote shows: the quote, the agency's brand, the optional
 * client logo (null when not co-branded), the issue date and who prepared it (from the opening's
 * account manager, null when unknown).
 */
public record QuoteDocument(Quote quote, Brand brand, Path clientLogo, LocalDate issued, String preparedBy,
                            String preparedByEmail) {
    public QuoteDocument {
        if (quote == null || brand == null || issued == null) throw new IllegalArgumentException("quote, brand and issued are required");
    }

    public static QuoteDocument of(Quote quote, Brand brand, Path clientLogo, LocalDate issued) {
        return new QuoteDocument(quote, brand, clientLogo, issued, quote.opening().accountManager(),
                quote.opening().accountManagerEmail());
    }
}
