package com.ratecard.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.Opening;
import com.ratecard.data.Role;
import com.ratecard.data.WorkArrangement;
import org.junit.jupiter.api.Test;

/** Every alternative a document shows is the engine's price of the changed opening. */
class AlternativesTest {
    final Quote quote = Fixtures.quote(Fixtures.sample());

    @Test
    void everyLevelIsTheOpeningPricedAtThatLevel() {
        assertEquals(Fixtures.MARKET.levelsByRank().size(), quote.alternatives().levels().size());
        for (Alternative a : quote.alternatives().levels()) {
            Level level = Fixtures.MARKET.levels().resolve(a.id());
            Quote there = Fixtures.quote(quote.opening().withLevel(level.id()).withBudget(null));
            assertEquals(there.recommendedBase(), a.recommended(), level.id());
            assertEquals(there.contract().billRate(), a.billRate(), level.id());
            assertEquals(there.totalComp().range(), a.totalComp(), level.id());
            assertEquals(there.market(), a.market(), level.id());
            assertEquals(level.equals(quote.level()), a.current());
        }
    }

    @Test
    void everyMarketIsTheOpeningPricedThere() {
        assertEquals(Fixtures.MARKET.locations().items().size(), quote.alternatives().markets().size());
        for (Alternative a : quote.alternatives().markets()) {
            Location l = Fixtures.MARKET.locations().resolve(a.id());
            Opening there = quote.opening().with(b -> b.location(l.id()).workArrangement(l.remote() ? WorkArrangement.REMOTE : null));
            assertEquals(Fixtures.quote(there.withBudget(null)).recommendedBase(), a.recommended(), l.id());
            assertEquals(l.equals(quote.location()), a.current());
        }
    }

    @Test
    void everyRoleIsTheOpeningPricedAsThatRole() {
        assertEquals(Fixtures.MARKET.roles().items().size(), quote.alternatives().roles().size());
        for (Alternative a : quote.alternatives().roles()) {
            Role r = Fixtures.MARKET.roles().resolve(a.id());
            assertEquals(Fixtures.quote(quote.opening().withRole(r.id()).withBudget(null)).recommendedBase(), a.recommended());
            assertEquals(r.equals(quote.role()), a.current());
        }
    }

    @Test
    void keepsTheLevelWhenTheOpeningGaveYears() {
        Quote byYears = Fixtures.quote(Opening.builder().client("Acme").role("MLOps Engineer").years(4.0).location("Chicago").build());
        for (Alternative a : byYears.alternatives().markets()) {
            Location l = Fixtures.MARKET.locations().resolve(a.id());
            Opening there = byYears.opening().with(b -> b.location(l.id()).workArrangement(l.remote() ? WorkArrangement.REMOTE : null));
            assertEquals(Fixtures.quote(there).recommendedBase(), a.recommended());
        }
        assertTrue(byYears.alternatives().levels().stream().filter(Alternative::current).count() == 1);
    }
}
