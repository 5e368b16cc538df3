package com.ratecard.pricing;

import static com.ratecard.Fixtures.ENGINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Budget;
import com.ratecard.data.Clearance;
import com.ratecard.data.Engagement;
import com.ratecard.data.Opening;
import com.ratecard.data.WorkArrangement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every lever's claim holds when its changed opening is priced again, in the budget's unit; a
 * lever never costs more; levers that contradict the opening are never offered.
 */
class LeversTest {
    private static final Random RANDOM = new Random(20261201);

    static List<Opening> openingsWithGaps(int count) {
        var market = Fixtures.MARKET;
        List<Opening> out = new ArrayList<>();
        while (out.size() < count) {
            List<String> skills = new ArrayList<>();
            for (var s : market.skills().items()) if (RANDOM.nextInt(4) == 0) skills.add(s.id());
            Engagement engagement = Engagement.values()[RANDOM.nextInt(3)];
            boolean hourly = engagement != Engagement.DIRECT_HIRE && RANDOM.nextBoolean();
            Budget budget = hourly ? Budget.hourly(60 + RANDOM.nextInt(90)) : Budget.annual(90_000 + RANDOM.nextInt(200_000));
            WorkArrangement[] arrangements = {null, WorkArrangement.ONSITE, WorkArrangement.HYBRID, null};
            WorkArrangement arrangement = arrangements[RANDOM.nextInt(arrangements.length)];
            var location = market.locations().items().get(RANDOM.nextInt(market.locations().items().size()));
            if (location.remote()) arrangement = WorkArrangement.REMOTE;
            final WorkArrangement wa = arrangement;
            Opening o = Opening.builder().client("Acme").role(market.roles().items().get(RANDOM.nextInt(4)).id())
                    .level(market.levelsByRank().get(RANDOM.nextInt(4)).id()).location(location.id()).workArrangement(wa)
                    .skills(skills).clearance(Clearance.values()[RANDOM.nextInt(3)]).engagement(engagement).budget(budget).build();
            if (ENGINE.price(o).budget().gap() > 0) out.add(o);
        }
        return out;
    }

    @Test
    void everyLeverIsTheChangedOpeningPricedAgain() {
        Set<String> kinds = new HashSet<>();
        for (Opening o : openingsWithGaps(250)) {
            BudgetAssessment b = ENGINE.price(o).budget();
            List<Lever> all = new ArrayList<>(b.levers());
            if (b.combination() != null) all.add(b.combination());
            for (Lever lever : all) {
                kinds.add(lever.id().contains(":") ? lever.id().substring(0, lever.id().indexOf(':')) : lever.id());
                BudgetAssessment again = ENGINE.price(lever.changed()).budget();
                assertEquals(b.unit(), again.unit(), "the same unit");
                assertEquals(again.minimum(), lever.newMinimum(), 0.001, lever.id() + " for " + o);
                assertEquals(lever.newMinimum() - b.minimum(), lever.effect(), 0.001);
                assertTrue(lever.effect() < 0, "a lever that costs more is no lever: " + lever.id());
                assertEquals(lever.newMinimum() <= b.amount(), lever.closesGap(), lever.id());
                assertEquals(again.gap() == 0, lever.closesGap(), "closing the gap means no gap when priced: " + lever.id());
            }
            if (b.combination() != null) {
                assertTrue(b.levers().stream().noneMatch(Lever::closesGap), "a combination only when no single lever closes");
                assertTrue(b.combination().closesGap());
                assertTrue(b.combination().changes().size() >= 2);
            }
        }
        assertTrue(kinds.containsAll(List.of("drop-skill", "drop-clearance", "remote", "location", "level", "combination")),
                "every kind of lever was checked: " + kinds);
    }

    @Test
    void leversNeverContradictTheOpening() {
        for (Opening o : openingsWithGaps(250)) {
            List<Lever> levers = new ArrayList<>(ENGINE.price(o).budget().levers());
            var combination = ENGINE.price(o).budget().combination();
            if (combination != null) levers.add(combination);
            for (Lever l : levers) {
                for (String change : l.changes()) {
                    if (o.clearance() == Clearance.REQUIRED) assertFalse(change.equals("drop-clearance"), o.toString());
                    if (o.workArrangement() != null) {
                        assertFalse(change.equals("remote") || change.startsWith("location:"), o.workArrangement() + ": " + change);
                    }
                }
            }
        }
    }

    @Test
    void theSamplesLeversAreWorded() {
        Quote q = Fixtures.quote(Fixtures.sample().withBudget(Budget.annual(165_000)));
        List<String> ids = q.budget().levers().stream().map(Lever::id).toList();
        assertTrue(ids.contains("drop-skill:llm-deployment"), ids.toString());
        assertFalse(ids.contains("drop-clearance"), "a required clearance is never dropped");
        assertTrue(ids.stream().noneMatch(id -> id.startsWith("contract")), "a contract costs more than a hire: no lever");
    }

    @Test
    void whenNoSingleChangeIsEnoughTheCheapestCombinationIsOffered() {
        Opening o = Opening.builder().client("Acme").role("MLOps Engineer").level("senior").location("New York")
                .workArrangement(WorkArrangement.HYBRID).skills(List.of("LLM deployment")).clearance(Clearance.PREFERRED)
                .budget(Budget.annual(190_000)).build();
        BudgetAssessment b = ENGINE.price(o).budget();
        assertTrue(b.levers().stream().noneMatch(Lever::closesGap), b.levers().toString());
        Lever combination = b.combination();
        assertNotNull(combination);
        assertTrue(combination.closesGap());
        assertEquals(ENGINE.price(combination.changed()).budget().minimum(), combination.newMinimum(), 0.001);
        // Fewest changes first, then the cheapest: dropping LLM deployment and hiring at mid level.
        assertEquals(List.of("drop-skill:llm-deployment", "level:mid"), combination.changes());
    }

    @Test
    void aBudgetNothingReachesSaysSo() {
        Opening o = Opening.builder().client("Acme").role("MLOps Engineer").level("senior").location("New York")
                .workArrangement(WorkArrangement.ONSITE).skills(List.of("LLM deployment")).clearance(Clearance.REQUIRED)
                .budget(Budget.annual(120_000)).build();
        BudgetAssessment b = ENGINE.price(o).budget();
        assertNull(b.combination());
        assertFalse(b.closable());
    }
}
