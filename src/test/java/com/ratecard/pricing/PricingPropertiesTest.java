package com.ratecard.pricing;

import static com.ratecard.Fixtures.ENGINE;
import static com.ratecard.Fixtures.MARKET;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Engagement;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.Opening;
import com.ratecard.data.Role;
import com.ratecard.data.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties that must hold for every opening, checked over many generated ones. */
class PricingPropertiesTest {
    private static final Random RANDOM = new Random(20261129);
    private static final List<Skill> SKILLS = MARKET.skills().items();

    private static List<Opening> generated(int count) {
        List<Role> roles = MARKET.roles().items();
        List<Location> locations = MARKET.locations().items();
        List<Opening> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> skills = new ArrayList<>();
            for (Skill skill : SKILLS) if (RANDOM.nextInt(5) == 0) skills.add(skill.id());
            Long budget = RANDOM.nextBoolean() ? null : 60_000L + RANDOM.nextInt(300_000);
            out.add(Fixtures.opening(roles.get(RANDOM.nextInt(roles.size())).id(), "entry",
                    locations.get(RANDOM.nextInt(locations.size())).id(), skills, RANDOM.nextBoolean(),
                    Engagement.values()[RANDOM.nextInt(3)], budget));
        }
        return out;
    }

    @Test
    void aHigherLevelNeverPricesLower() {
        for (Opening opening : generated(150)) {
            Quote previous = null;
            for (Level level : MARKET.levelsByRank()) {
                Quote quote = ENGINE.price(opening.withLevel(level.id()));
                if (previous != null) {
                    assertTrue(quote.recommendedBase().low() >= previous.recommendedBase().low()
                            && quote.recommendedBase().high() >= previous.recommendedBase().high(), opening + " at " + level.id());
                    assertTrue(quote.market().blended().low() >= previous.market().blended().low(), level.id());
                    assertTrue(quote.totalComp().range().low() >= previous.totalComp().range().low(), level.id());
                    assertTrue(quote.contract().billRate().low() >= previous.contract().billRate().low(), level.id());
                }
                previous = quote;
            }
        }
    }

    @Test
    void addingAPremiumSkillOrClearanceNeverLowersThePrice() {
        for (Opening opening : generated(150)) {
            Opening atLevel = opening.withLevel(MARKET.levelsByRank().get(RANDOM.nextInt(4)).id());
            Range before = ENGINE.price(atLevel).recommendedBase();
            for (Skill skill : SKILLS) {
                if (!skill.premium() || atLevel.skills().contains(skill.id())) continue;
                List<String> more = new ArrayList<>(atLevel.skills());
                more.add(skill.id());
                Range after = ENGINE.price(atLevel.withSkills(more)).recommendedBase();
                assertTrue(after.low() >= before.low() && after.high() >= before.high(), atLevel + " + " + skill.id());
            }
            if (!atLevel.clearance().priced()) {
                Range cleared = ENGINE.price(atLevel.withClearance(com.ratecard.data.Clearance.REQUIRED)).recommendedBase();
                assertTrue(cleared.low() >= before.low() && cleared.high() >= before.high(), atLevel + " + clearance");
            }
        }
    }

    @Test
    void everyRangeHasLowAtMostHigh() {
        for (Opening opening : generated(300)) {
            Quote q = ENGINE.price(opening.withLevel(MARKET.levelsByRank().get(RANDOM.nextInt(4)).id()));
            // Range and HourlyRange refuse low > high on construction; check the derived orderings too.
            Percentiles p = q.percentiles();
            assertTrue(p.p10() <= p.p25() && p.p25() <= p.p50() && p.p50() <= p.p75() && p.p75() <= p.p90(), p.toString());
            assertTrue(q.recommendedBase().low() > 0);
            assertTrue(q.contract().billRate().low() >= q.contract().payRate().low());
            for (SourceQuote s : q.market().sources()) assertTrue(s.low() <= s.high(), s.toString());
            if (q.budget() != null) {
                assertTrue(q.budget().percentile() >= 1 && q.budget().percentile() <= 99);
                assertTrue(q.budget().gap() >= 0);
            }
        }
    }
}
