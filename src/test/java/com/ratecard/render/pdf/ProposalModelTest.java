package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Budget;
import com.ratecard.data.Engagement;
import com.ratecard.data.Opening;
import com.ratecard.data.WorkArrangement;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalModelTest {
    ProposalModel model(Opening opening, Path clientLogo) {
        QuoteDocument document = QuoteDocument.of(Fixtures.quote(opening), Fixtures.brand("northbeam"), clientLogo, Fixtures.ISSUED);
        return ProposalModel.of(document, Fixtures.MARKET, false);
    }

    @Test
    void decisionCarriesTheQuotesFiguresAndVerdict() {
        Quote quote = Fixtures.quote(Fixtures.sample());
        ProposalModel model = model(Fixtures.sample(), null);
        assertEquals("$230,000 \u2013 $275,000", model.decision().recommendedBase());
        assertEquals(Formats.range(quote.totalComp().range()), model.decision().totalComp());
        assertEquals("below-floor", model.decision().budget().verdictId());
        assertEquals(quote.budget().levers().size(), model.decision().budget().levers().size());
        assertEquals(quote.budget().levers().get(0).id(), model.decision().budget().levers().get(0).id());
        assertEquals(Formats.hourly(quote.contract().billRate()), model.engagement().billRate());
        assertEquals("direct-hire", model.engagement().requestedId());
    }

    @Test
    void theBudgetIsAtLeastTheFirstPercentileAndSaysWhenItIsBeyond() {
        ProposalModel model = model(Fixtures.sample().withBudget(Budget.annual(60_000L)), null);
        assertEquals(1, model.decision().budget().percentile());
        assertEquals("1st", model.decision().budget().percentileOrdinal());
        assertEquals("below", model.decision().budget().beyond());
        assertNull(model(Fixtures.sample().withBudget(Budget.annual(250_000L)), null).decision().budget().beyond());
    }

    @Test
    void theDecisionBarIsInTheBudgetsUnit() {
        Opening hourly = Fixtures.opening("MLOps Engineer", "mid", "Austin", List.of(), false, Engagement.CONTRACT, null)
                .withBudget(Budget.hourly(110));
        Quote quote = Fixtures.quote(hourly);
        MarketBar bar = model(hourly, null).decision().bar();
        assertEquals("hourly", bar.unitId());
        assertEquals(Money.hourly(quote.contract().billRate().low()) + "/h", bar.ticks().get(1).value());
        assertEquals(Money.hourly(quote.contract().billRate().high()) + "/h", bar.ticks().get(3).value());
        assertEquals("$110.00/h", bar.pin().value());
        MarketBar annual = model(Fixtures.sample(), null).decision().bar();
        Quote sample = Fixtures.quote(Fixtures.sample());
        assertEquals(Money.dollars(sample.percentiles().p10()), annual.ticks().get(0).value());
        assertEquals(Money.dollars(sample.percentiles().p90()), annual.ticks().get(4).value());
    }

    @Test
    void aBudgetFarOutsideTheMarketIsPinnedAtTheEdge() {
        MarketBar low = model(Fixtures.sample().withBudget(Budget.annual(40_000L)), null).decision().bar();
        assertEquals("below", low.pin().offScale());
        assertEquals("left", low.pin().align());
        MarketBar none = model(Fixtures.sample().withBudget(null), null).decision().bar();
        assertNull(none.pin());
    }

    @Test
    void coverSaysWhenTheClientsTitleOrPlaceDiffersFromWhatWasPriced() {
        ProposalModel model = model(Fixtures.sample(), null);
        assertEquals("Senior MLOps Engineer", model.cover().title());
        assertEquals("ML Platform Engineer", model.cover().requestedRole());
        assertEquals("San Diego", model.cover().requestedLocation());
        assertEquals("5\u20138 years", model.cover().years());
        assertNull(model.cover().clientLogo());
        assertEquals("November 29, 2026", model.cover().issued());
        Opening asPriced = Fixtures.sample().withRole("mlops engineer").withLocation("Southern California (LA, OC, SD)");
        assertNull(model(asPriced, null).cover().requestedRole());
        assertNull(model(asPriced, null).cover().requestedLocation());
        assertEquals(ProposalImages.CLIENT_LOGO, model(asPriced, Path.of("logo.png")).cover().clientLogo());
    }

    @Test
    void coverCarriesTheConstraintsAndNotes() {
        Opening onsite = Fixtures.sample().with(b -> b.workArrangement(WorkArrangement.HYBRID).notes("On-site three days a week."));
        ProposalModel model = model(onsite, null);
        assertEquals("hybrid", model.cover().workArrangementId());
        assertEquals("required", model.cover().clearanceId());
        assertEquals("On-site three days a week.", model.cover().notes());
        assertNull(model(Fixtures.sample(), null).cover().workArrangementId());
    }

    @Test
    void withoutABudgetThereIsNoVerdictAndNoBudgetMarker() {
        ProposalModel model = model(Fixtures.sample().withBudget(null), null);
        assertNull(model.decision().budget());
        assertEquals(List.of(), model.market().chart().markers());
        assertEquals(List.of(), model.location().chart().markers());
        assertEquals(1, model(Fixtures.sample(), null).market().chart().markers().size());
    }

    @Test
    void sectionsListEveryLocationRoleAndPricedSkill() {
        ProposalModel model = model(Fixtures.sample(), null);
        assertEquals(Fixtures.MARKET.locations().items().size(), model.location().markets().size());
        assertEquals(1, model.location().markets().stream().filter(LocationView.Row::current).count());
        assertEquals("guidance", model.location().kindId());
        assertEquals(Fixtures.MARKET.roles().items().size(), model.alternatives().roles().size());
        assertEquals(List.of("skill", "combo", "clearance"), model.skills().priced().stream().map(SkillsView.PricedRow::kind).toList());
        assertEquals(List.of("Kubernetes", "Terraform or similar infrastructure-as-code"),
                model.skills().tableStakes().stream().map(SkillsView.NoteRow::name).toList());
    }

    @Test
    void aTableStakesSkillThatCompletesAPricedCombinationSaysSo() {
        ProposalModel model = model(Fixtures.sample(), null);
        SkillsView.NoteRow kubernetes = model.skills().tableStakes().get(0);
        assertEquals("Kubernetes + Terraform + LLM serving infrastructure", kubernetes.inCombination());
        Opening alone = Fixtures.sample().withSkills(List.of("Kubernetes"));
        assertNull(model(alone, null).skills().tableStakes().get(0).inCombination());
    }

    @Test
    void theMethodKeepsTheGuidesReasonsInTheDocumentsDateFormat() {
        Opening dated = Fixtures.sample().with(b -> b.effectiveDate(java.time.LocalDate.of(2026, 12, 1)));
        ProposalModel model = model(dated, null);
        MethodView.BenchmarkRow guidance = model.method().benchmarks().stream().filter(r -> r.id().equals("budget-guidance"))
                .findFirst().orElseThrow();
        assertTrue(guidance.departs());
        assertTrue(guidance.why().contains("aged to December 1, 2026 from the data\u2019s January 1, 2026")
                || guidance.why().contains("aged to December 1, 2026 from the data's January 1, 2026"), guidance.why());
        assertFalse(guidance.why().contains("2026-12-01"), guidance.why());
    }

    @Test
    void aRemoteContractOpeningIsPricedAtTheRemoteDifferential() {
        Opening remote = Fixtures.opening("MLOps Engineer", "mid", "Remote", List.of(), false, Engagement.CONTRACT, null);
        ProposalModel model = model(remote, null);
        assertTrue(model.location().remote());
        assertEquals("remote", model.location().kindId());
        assertEquals("\u221226% to \u221210%", model.location().rule());
        assertEquals("contract", model.decision().engagementId());
    }
}
