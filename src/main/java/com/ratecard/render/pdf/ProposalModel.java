package com.ratecard.render.pdf;

import com.ratecard.data.MarketData;
import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;

/**
 * Everything the proposal template reads, one record per section, every figure already
 * formatted. Public records only: FreeMarker sees public classes, and exposes a record's
 * components as {@code ${cover.client}}.
 */
public record ProposalModel(BrandView brand, CoverView cover, SummaryView summary, MarketView market,
                            LocationView location, SkillsView skills, EngagementView engagement,
                            AlternativesView alternatives, MethodView method) {

    static ProposalModel of(QuoteDocument document, MarketData data) {
        Quote quote = document.quote();
        return new ProposalModel(BrandView.of(document.brand()), CoverView.of(document), SummaryView.of(quote),
                MarketView.of(quote), LocationView.of(quote, data), SkillsView.of(quote),
                EngagementView.of(quote), AlternativesView.of(quote, data),
                MethodView.of(quote, data.sources(), data.policy(), document.brand()));
    }
}
