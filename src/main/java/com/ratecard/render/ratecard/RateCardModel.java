package com.ratecard.render.ratecard;

import com.ratecard.pricing.Money;
import com.ratecard.render.DocumentFormat;
import com.ratecard.render.brand.Brand;
import com.ratecard.render.pdf.BrandView;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything {@code templates/ratecard/ratecard.ftlh} reads, every figure formatted: the brand,
 * the client, the issue date, how many openings the card covers, and one row per line. Public
 * records only: FreeMarker sees public classes.
 */
public record RateCardModel(BrandView brand, String client, String issued, int openings, List<Row> rows) {
    public RateCardModel {
        rows = List.copyOf(rows);
    }

    /** One role x level x location: hourly bill rates and the annual base range ("$150,000 – $180,000"). */
    public record Row(String role, String level, String location, int openings, String billMin, String billTarget,
                      String billMax, String base) {}

    static RateCardModel of(RateCard card, Brand brand, LocalDate issued) {
        List<Row> rows = card.lines().stream().map(line -> new Row(line.role(), line.level(), line.location(), line.openings(),
                Money.hourly(line.billMin()), Money.hourly(line.billTarget()), Money.hourly(line.billMax()),
                Money.range(line.baseLow(), line.baseHigh()))).toList();
        return new RateCardModel(BrandView.of(brand), card.client(), DocumentFormat.of(brand.locale()).date(issued),
                card.openings(), rows);
    }
}
