package com.ratecard.render.pdf;

import com.ratecard.data.MarketData;
import com.ratecard.data.Role;
import com.ratecard.pricing.Alternative;
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

    static AlternativesView of(Quote quote, MarketData data) {
        List<Alternative> byRole = quote.alternatives().roles();
        List<Row> rows = byRole.stream().map(a -> {
            Role role = data.roles().resolve(a.id());
            return new Row(role.id(), role.name(), role.focus(), Formats.range(a.recommended()),
                    Formats.range(a.totalComp()), Formats.hourly(a.billRate()),
                    a.current() ? "" : Formats.signed(a.recommended().low() - quote.recommendedBase().low()),
                    !role.perLevelData(), a.current());
        }).toList();
        RangeChart.Builder chart = RangeChart.builder();
        byRole.forEach(a -> chart.bar(a.name(), a.recommended(), a.current() ? "recommended" : "alternative"));
        Budgets.marker(quote, chart);
        return new AlternativesView(rows, chart.build());
    }
}
