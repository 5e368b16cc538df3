package com.ratecard.render.pdf;

import com.ratecard.pricing.Quote;
import java.util.List;

/**
 * The same opening priced as each role the guide compares (MLOps, Data, ML/AI, DevOps engineer):
 * recommended base, total compensation, bill rate and the difference of the recommended minimum
 * from this quote's. {@code roleId} lets the template say what each role can and cannot cover;
 * {@code derived} when the role's figures were scaled from MLOps data (lower confidence).
 */
public record AlternativesView(List<Row> roles, RangeChart chart) {
    public AlternativesView {
        roles = List.copyOf(roles);
    }

    public record Row(String roleId, String name, String focus, String recommendedBase, String totalComp,
                      String billRate, String difference, boolean derived, boolean current) {}

    static AlternativesView of(Quote quote, List<Quote> byRole) {
        List<Row> rows = byRole.stream().map(q -> {
            boolean current = q.role().equals(quote.role());
            return new Row(q.role().id(), q.role().name(), q.role().focus(), Formats.range(q.recommendedBase()),
                    Formats.range(q.totalComp().range()), Formats.hourly(q.contract().billRate()),
                    current ? "" : Formats.signed(q.recommendedBase().low() - quote.recommendedBase().low()),
                    q.market().derived(), current);
        }).toList();
        RangeChart.Builder chart = RangeChart.builder();
        byRole.forEach(q -> chart.bar(q.role().name(), q.recommendedBase(),
                q.role().equals(quote.role()) ? "recommended" : "alternative"));
        if (quote.hasBudget()) chart.marker("Client budget", quote.budget().budget(), "budget");
        return new AlternativesView(rows, chart.build());
    }
}
