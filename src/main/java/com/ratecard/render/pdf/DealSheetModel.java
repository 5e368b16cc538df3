package com.ratecard.render.pdf;

import com.ratecard.data.MarketData;
import com.ratecard.data.PolicyValue;
import com.ratecard.pricing.Explanation;
import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the agency's deal sheet reads: the opening, the client's figures (the decision
 * summary's), the agency's economics, the warnings to check before sending, the levers and the
 * combination, the guide's statements with their reasons, the build-up as the engine wrote it,
 * every policy value and the explanation trail, each traced to its data file and line. Internal:
 * nothing here is for the client. Public records only, as for the proposal.
 */
public record DealSheetModel(BrandView brand, CoverView cover, DecisionView decision, EconomicsView economics,
                             MarketView market, List<DealWarnings.Warning> warnings, MethodView method,
                             List<PolicyRow> policy, List<TrailRow> trail) {
    public DealSheetModel {
        warnings = List.copyOf(warnings);
        policy = List.copyOf(policy);
        trail = List.copyOf(trail);
    }

    /** A policy value as read: its key, value in its unit, meaning and {@code file:line}. */
    public record PolicyRow(String key, String value, String description, String source) {}

    public record TrailRow(String figure, String value, String how, String source) {}

    static DealSheetModel of(QuoteDocument document, MarketData data) {
        Quote quote = document.quote();
        List<PolicyRow> policy = data.policy().all().stream().map(DealSheetModel::policy).toList();
        List<TrailRow> trail = quote.explanation().stream().map(DealSheetModel::trail).toList();
        return new DealSheetModel(BrandView.of(document.brand()), CoverView.of(document), DecisionView.of(quote),
                EconomicsView.of(quote), MarketView.of(quote), DealWarnings.of(document), MethodView.of(quote, data.sources(), document.brand()),
                policy, trail);
    }

    private static TrailRow trail(Explanation e) {
        return new TrailRow(Formats.prose(e.figure()), e.value(), Formats.prose(e.how()), e.source());
    }

    /** Policy values as a reader expects them: "$10,000", "45%", "3% a year", "2080 hours". */
    private static PolicyRow policy(PolicyValue v) {
        String value = switch (v.unit()) {
            case "usd" -> Formats.money(Math.round(v.number()));
            case "pct" -> v.value() + "%";
            case "pct-per-year" -> v.value() + "% a year";
            case "date" -> Formats.date(LocalDate.parse(v.value()));
            default -> v.value() + " " + v.unit();
        };
        return new PolicyRow(v.key().key(), value, v.description(), v.provenance().file() + ":" + v.provenance().line());
    }
}
