package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Engagement;
import com.ratecard.data.Opening;
import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalModelTest {
    ProposalModel model(Opening opening, Path clientLogo) {
        QuoteDocument document = QuoteDocument.of(Fixtures.quote(opening), Fixtures.brand("northbeam"), clientLogo, Fixtures.ISSUED);
        return ProposalModel.of(document, Fixtures.MARKET);
    }

    @Test
    void summaryCarriesTheQuotesFiguresAndVerdict() {
        Quote quote = Fixtures.quote(Fixtures.sample());
        ProposalModel model = model(Fixtures.sample(), null);
        assertEquals("$230,000 \u2013 $275,000", model.summary().recommendedBase());
        assertEquals(Formats.range(quote.totalComp().range()), model.summary().totalComp());
        assertEquals("below-floor", model.summary().budget().verdictId());
        assertEquals("below floor", model.summary().budget().verdict());
        assertEquals(quote.budget().levers().size(), model.summary().budget().levers().size());
        assertEquals(quote.budget().levers().get(0).id(), model.summary().budget().levers().get(0).id());
        assertEquals(Formats.hourly(quote.contract().billRate()), model.engagement().billRate());
        assertEquals("direct-hire", model.engagement().requestedId());
    }

    @Test
    void coverSaysWhenTheClientsTitleDiffersFromThePricedRole() {
        ProposalModel model = model(Fixtures.sample(), null);
        assertEquals("Senior MLOps Engineer", model.cover().title());
        assertEquals("ML Platform Engineer", model.cover().requestedRole());
        assertNull(model.cover().clientLogo());
        assertEquals("November 29, 2026", model.cover().issued());
        Opening asPriced = Fixtures.sample().withRole("mlops engineer");
        assertNull(model(asPriced, null).cover().requestedRole());
        assertEquals(ProposalImages.CLIENT_LOGO, model(asPriced, Path.of("logo.png")).cover().clientLogo());
    }

    @Test
    void withoutABudgetThereIsNoVerdictAndNoBudgetMarker() {
        ProposalModel model = model(Fixtures.sample().withBudget(null), null);
        assertNull(model.summary().budget());
        assertEquals(List.of(), model.market().chart().markers());
        assertEquals(List.of(), model.location().chart().markers());
        assertEquals(1, model(Fixtures.sample(), null).market().chart().markers().size());
    }

    @Test
    void sectionsListEveryLocationRoleAndPricedSkill() {
        ProposalModel model = model(Fixtures.sample(), null);
        assertEquals(Fixtures.MARKET.locations().items().size(), model.location().markets().size());
        assertEquals(1, model.location().markets().stream().filter(LocationView.Row::current).count());
        assertEquals("+3% to +10%", model.location().differential());
        assertEquals(Fixtures.MARKET.roles().items().size(), model.alternatives().roles().size());
        assertEquals(List.of("skill", "combo", "clearance"), model.skills().priced().stream().map(SkillsView.PricedRow::kind).toList());
        assertEquals(List.of("Kubernetes", "Terraform or similar infrastructure-as-code"),
                model.skills().tableStakes().stream().map(SkillsView.NoteRow::name).toList());
        assertTrue(model.method().policy().stream().anyMatch(p -> p.key().equals("markup") && p.value().equals("25%")));
        assertTrue(model.method().policy().stream().anyMatch(p -> p.key().equals("combo-uplift") && p.value().equals("$10,000")));
    }

    @Test
    void aRemoteContractOpeningIsPricedAtTheRemoteDifferential() {
        Opening remote = Fixtures.opening("MLOps Engineer", "mid", "Remote", List.of(), false, Engagement.CONTRACT, null);
        ProposalModel model = model(remote, null);
        assertTrue(model.location().remote());
        assertEquals("\u221226% to \u221210%", model.location().differential());
        assertEquals("contract", model.summary().engagementId());
    }
}
