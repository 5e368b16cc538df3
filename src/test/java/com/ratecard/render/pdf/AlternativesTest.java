package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Engagement;
import com.ratecard.data.Location;
import com.ratecard.data.Opening;
import com.ratecard.data.Role;
import com.ratecard.pricing.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlternativesTest {
    final Alternatives alternatives = new Alternatives(Fixtures.ENGINE);
    final Quote quote = Fixtures.quote(Fixtures.sample());

    @Test
    void pricesTheOpeningInEveryMarketDearestFirst() {
        List<Quote> byLocation = alternatives.byLocation(quote);
        assertEquals(Fixtures.MARKET.locations().items().size(), byLocation.size());
        assertSame(quote, byLocation.stream().filter(q -> q.location().equals(quote.location())).findFirst().orElseThrow());
        for (int i = 1; i < byLocation.size(); i++) {
            assertTrue(byLocation.get(i - 1).recommendedBase().low() >= byLocation.get(i).recommendedBase().low());
        }
        for (Quote q : byLocation) {
            if (q == quote) continue;
            Location l = q.location();
            assertEquals(Fixtures.quote(quote.opening().withLocation(l.id()).withBudget(null)).recommendedBase(), q.recommendedBase());
            assertEquals(quote.skills(), q.skills());
            assertEquals(null, q.budget(), "no levers searched for a comparison");
        }
    }

    @Test
    void pricesTheOpeningAsEveryRoleTheGuideCompares() {
        List<Quote> byRole = alternatives.byRole(quote);
        assertEquals(Fixtures.MARKET.roles().items(), byRole.stream().map(Quote::role).toList());
        for (Quote q : byRole) {
            Role r = q.role();
            if (r.equals(quote.role())) {
                assertSame(quote, q);
            } else {
                assertEquals(Fixtures.quote(quote.opening().withRole(r.id()).withBudget(null)).recommendedBase(), q.recommendedBase());
            }
        }
    }

    @Test
    void keepsTheLevelWhenTheOpeningGaveYears() {
        Opening byYears = Opening.builder().client("Acme").role("MLOps Engineer").years(4.0).location("Chicago").build();
        Quote q = Fixtures.quote(byYears);
        alternatives.byLocation(q).forEach(a -> assertEquals(q.level(), a.level()));
        alternatives.byRole(q).forEach(a -> assertEquals(q.level(), a.level()));
    }
}
