package com.ratecard.render.pdf;

import com.ratecard.data.MarketData;
import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;

/**
 * Everything the proposal template reads, one record per section, every figure already
 * formatted. Public records only: FreeMarker sees public classes, and exposes a record's
 * components as {@code ${cover.client}}. {@code appendix} asks for the longer appendix (the
 * build-up, every level, every role's chart, the citations).
 */
public record ProposalModel(BrandView brand, CoverView cover, DecisionView decision, MarketView market,
                            LocationView location, SkillsView skills, EngagementView engagement,
                            AlternativesView alternatives, MethodView method, boolean appendix) {

    static ProposalModel of(QuoteDocument document, MarketData data, boolean appendix) {
        Quote quote = document.quote();
        return new ProposalModel(BrandView.of(document.brand()), CoverView.of(document), DecisionView.of(quote),
                MarketView.of(quote), LocationView.of(quote, data), SkillsView.of(quote, data), EngagementView.of(quote),
                AlternativesView.of(quote, data), MethodView.of(quote, data.sources(), document.brand()), appendix);
    }
}
