package com.ratecard.pricing;

import static com.ratecard.Fixtures.ENGINE;
import static com.ratecard.Fixtures.MARKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.Budget;
import com.ratecard.data.Clearance;
import com.ratecard.data.Engagement;
import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.MarketKind;
import com.ratecard.data.Opening;
import com.ratecard.data.Role;
import com.ratecard.data.WorkArrangement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every statement of the guide the model keeps, reproduced through the engine, with the
 * guide's sentence beside it. Figures are as of the data's as-of date (the fixtures' today), so
 * no aging line moves them.
 */
class GuideStatementsTest {
    static Opening opening(String role, String level, String location, List<String> skills, boolean clearance) {
        return Fixtures.opening(role, level, location, skills, clearance, Engagement.DIRECT_HIRE, null);
    }

    static Quote mlops(String level, String location, List<String> skills, boolean clearance) {
        return ENGINE.price(opening("MLOps Engineer", level, location, skills, clearance));
    }

    /** The markets the budget guidance describes: the guide's table outside the Bay Area and New York, and unlisted ones. */
    static List<Location> guidanceMarkets() {
        return MARKET.locations().items().stream()
                .filter(l -> l.market() == MarketKind.GUIDANCE || l.market() == MarketKind.UNLISTED).toList();
    }

    static Location remote() {
        return MARKET.locations().items().stream().filter(Location::remote).findFirst().orElseThrow();
    }

    @Test
    void midLevelGuidanceHoldsInMostUsMarkets() {
        // "Budget $150K to $175K base for a mid-level MLOps engineer with 3-5 years of experience, in most US
        // markets outside the Bay Area and New York."
        for (Location market : guidanceMarkets()) {
            if (market.id().equals("southern-california")) continue; // its own regional budget, below
            assertEquals(new Range(150_000, 175_000), mlops("mid", market.id(), List.of(), false).recommendedBase(), market.id());
            assertTrue(mlops("mid", market.id(), List.of(), false).adjustments().stream()
                    .allMatch(a -> a.kind() == AdjustmentKind.BASE), "no location line in " + market.id());
        }
        for (double years : new double[] {3, 4}) {
            Opening byYears = Opening.builder().client("Acme").role("MLOps Engineer").years(years).location("Chicago").build();
            assertEquals(new Range(150_000, 175_000), ENGINE.price(byYears).recommendedBase(), years + " years");
        }
    }

    @Test
    void seniorGuidanceHoldsInMostUsMarkets() {
        // "For senior hires, budget $185K to $220K base"
        for (Location market : guidanceMarkets()) {
            assertEquals(new Range(185_000, 220_000), mlops("senior", market.id(), List.of(), false).recommendedBase(), market.id());
        }
    }

    @Test
    void llmExperienceAdds20To30K() {
        // "If you need LLM deployment experience, add $20K to $30K."
        for (String level : List.of("mid", "senior")) {
            for (Location market : MARKET.locations().items()) {
                Range without = mlops(level, market.id(), List.of(), false).recommendedBase();
                Range with = mlops(level, market.id(), List.of("LLM deployment"), false).recommendedBase();
                if (market.remote()) continue; // the floor may absorb part of it there
                assertEquals(new Range(without.low() + 20_000, without.high() + 30_000), with, level + " " + market.id());
            }
        }
        assertEquals(new Range(170_000, 205_000), mlops("mid", "Chicago", List.of("LLM deployment"), false).recommendedBase());
    }

    @Test
    void clearanceAddsAnother15To25K() {
        // "If you need security clearance for defense work, add another $15K to $25K."
        assertEquals(new Range(165_000, 200_000), mlops("mid", "Austin", List.of(), true).recommendedBase());
        assertEquals(new Range(185_000, 230_000), mlops("mid", "Austin", List.of("LLM deployment"), true).recommendedBase());
        Quote preferred = ENGINE.price(opening("MLOps Engineer", "mid", "Austin", List.of(), false)
                .withClearance(Clearance.PREFERRED));
        assertEquals(new Range(165_000, 200_000), preferred.recommendedBase(), "a preferred clearance is priced too");
    }

    @Test
    void llmCandidatesPushPast200KAtSenior() {
        // "the ones with LLM deployment experience are pushing past $200K without much negotiation"
        assertTrue(mlops("senior", "Chicago", List.of("LLM deployment"), false).recommendedBase().low() >= 200_000);
    }

    @Test
    void seniorTotalCompReaches260To300K() {
        // "For senior hires, budget $185K to $220K base, with total comp potentially reaching $260K to $300K including equity."
        Range total = mlops("senior", "Chicago", List.of(), false).totalComp().range();
        assertTrue(total.low() <= 260_000 && total.high() >= 300_000, "the guide's $260K-$300K inside " + total);
    }

    @Test
    void theWorkedTotalCompExampleIsReproducedExactly() {
        // "A $200K base with a standard four-year vest schedule at a mid-stage AI company might translate to
        // $260K-$280K total comp annually."  ... "RSU grants and signing bonuses can add 20-40% on top of base."
        TotalComp senior = mlops("senior", "Chicago", List.of(), false).totalComp();
        assertEquals(new Range(260_000, 280_000), new Range(200_000, 200_000).scale(1 + senior.upliftLowPct() / 100,
                1 + senior.upliftHighPct() / 100));
        assertTrue(senior.upliftLowPct() >= 20 && senior.upliftHighPct() <= 40, "inside the guide's 20-40%");
        assertTrue(senior.fromGuide());
        TotalComp mid = mlops("mid", "Chicago", List.of(), false).totalComp();
        assertFalse(mid.fromGuide(), "below senior the uplift is agency policy, and says so");
    }

    @Test
    void contractBandIsWhatTheClientPaysForMidAndSenior() {
        // "Contract rates for MLOps engineers typically run $85 to $130 per hour depending on experience and
        // specialization. That's higher than your annual salary math might suggest"
        for (String level : List.of("mid", "senior")) {
            for (Location market : guidanceMarkets()) {
                Quote q = mlops(level, market.id(), List.of(), false);
                HourlyRange bill = q.contract().billRate();
                assertTrue(bill.low() >= 85 && bill.high() <= 130, level + " " + market.id() + " bills " + bill);
                assertTrue(bill.low() > q.recommendedBase().low() / 2080.0, "above the salary math");
                assertTrue(q.contract().aboveGuideBand().isEmpty());
                assertTrue(q.contract().payRate().high() < bill.high(), "the pay rate is the bill rate less the markup");
            }
        }
    }

    @Test
    void contractBandStillHoldsWhenPricedToday() {
        // The default effective date is today: aged, mid and senior still bill inside the band through 2026.
        PricingEngine december = new PricingEngine(MARKET, java.time.Clock.fixed(java.time.Instant.parse("2026-12-31T12:00:00Z"),
                java.time.ZoneOffset.UTC));
        for (String level : List.of("mid", "senior")) {
            HourlyRange bill = december.price(opening("MLOps Engineer", level, "Chicago", List.of(), false)).contract().billRate();
            assertTrue(bill.low() >= 85 && bill.high() <= 130, level + " bills " + bill);
        }
    }

    @Test
    void premiumsTakeTheBillRateAboveTheBandAndSayWhy() {
        Quote q = mlops("senior", "San Francisco", List.of("LLM deployment"), true);
        assertTrue(q.contract().billRate().high() > 130);
        assertTrue(q.contract().aboveGuideBand().size() >= 3, q.contract().aboveGuideBand().toString());
    }

    @Test
    void a120KBudgetIsBelowTheFloorForAnyoneWithProductionExperience() {
        // "$120K for MLOps in 2026 is below the floor for anyone with production experience."
        for (Level level : MARKET.levelsByRank()) {
            if (level.id().equals("entry")) continue;
            for (Location market : MARKET.locations().items()) {
                Quote q = ENGINE.price(opening("MLOps Engineer", level.id(), market.id(), List.of(), false)
                        .withBudget(Budget.annual(120_000)));
                assertEquals(Verdict.BELOW_FLOOR, q.budget().verdict(), level.id() + " " + market.id());
                assertTrue(q.recommendedBase().low() > 120_000 && q.percentiles().p10() > 120_000, market.id());
            }
        }
    }

    @Test
    void a130KBudgetGetsOutbid() {
        // "Companies that used to budget $130K for this role are getting outbid."
        Quote q = ENGINE.price(opening("MLOps Engineer", "mid", "Austin", List.of(), false).withBudget(Budget.annual(130_000)));
        assertTrue(q.budget().verdict().belowRange(), q.budget().verdict().toString());
        assertTrue(q.budget().gap() > 0);
    }

    @Test
    void theEntryLevelFloorIsReal() {
        // "The floor is real, around $85K to $95K."
        for (Location market : MARKET.locations().items()) {
            Quote q = mlops("entry", market.id(), List.of(), false);
            assertTrue(q.percentiles().p10() >= 85_000, market.id() + " P10 " + q.percentiles().p10());
        }
        long p10 = mlops("entry", "Chicago", List.of(), false).percentiles().p10();
        assertTrue(p10 >= 85_000 && p10 <= 100_000, "around $85K-$95K in most markets: " + p10);
    }

    @Test
    void remotePaysTenToTwentySixPercentLessButNotBelowTheFloor() {
        // "Does remote work actually pay less for MLOps? Right now, yes. About 10% to 26% less"
        for (String level : List.of("mid", "senior", "staff")) {
            Range office = mlops(level, "Chicago", List.of(), false).recommendedBase();
            Quote remote = mlops(level, "Remote", List.of(), false);
            Range r = remote.recommendedBase();
            double lowCut = 1 - (double) r.low() / office.low();
            double highCut = 1 - (double) r.high() / office.high();
            assertTrue(lowCut >= 0.09 && lowCut <= 0.2601, level + " low end " + lowCut);
            assertTrue(highCut >= 0.09 && highCut <= 0.2601, level + " high end " + highCut);
            assertTrue(remote.percentiles().p10() >= 125_000, level + " remote P10 " + remote.percentiles().p10());
        }
        Quote mid = mlops("mid", "Remote", List.of(), false);
        assertTrue(mid.adjustments().stream().anyMatch(a -> a.kind() == AdjustmentKind.FLOOR), "the floor line says why");
    }

    @Test
    void theBayAreaAndNewYorkCarryAPremiumOverTheGuidanceMarketsWithoutStacking() {
        // "in most US markets outside the Bay Area and New York"; the location table's "+15% to +25%" and
        // "+10% to +20%" are against the national average.
        for (String level : List.of("mid", "senior")) {
            Range guidance = mlops(level, "Chicago", List.of(), false).recommendedBase();
            for (String metro : List.of("bay-area", "new-york")) {
                Location l = MARKET.locations().resolve(metro);
                Range there = mlops(level, metro, List.of(), false).recommendedBase();
                assertTrue(there.low() > guidance.low() && there.high() > guidance.high(), metro);
                assertTrue(there.low() < guidance.low() * (1 + l.diffLowPct() / 100)
                        && there.high() < guidance.high() * (1 + l.diffHighPct() / 100), metro + " stacked: " + there);
            }
            assertTrue(mlops(level, "bay-area", List.of(), false).recommendedBase().low()
                    > mlops(level, "new-york", List.of(), false).recommendedBase().low(), "the Bay Area is dearest");
        }
    }

    @Test
    void southernCaliforniaPricesFromItsRegionalBudget() {
        // "For hiring managers in Southern California ... expect to budget $150K to $180K for a mid-to-senior MLOps engineer."
        Quote mid = mlops("mid", "San Diego", List.of(), false);
        assertEquals(new Range(150_000, 180_000), mid.recommendedBase());
        assertTrue(mid.adjustments().stream().anyMatch(a -> a.kind() == AdjustmentKind.REGIONAL));
        // The resolution: a senior hire there is priced at the senior guidance, and the quote says why.
        Quote senior = mlops("senior", "Los Angeles", List.of(), false);
        assertEquals(new Range(185_000, 220_000), senior.recommendedBase());
        Benchmark regional = senior.benchmarks().stream().filter(b -> b.id().equals("regional-budget")).findFirst().orElseThrow();
        assertEquals(Benchmark.Relation.ABOVE, regional.relation());
        assertTrue(regional.why().contains("mid-to-senior"), regional.why());
    }

    @Test
    void theLocationTablesSalaryColumnIsEvidenceWithItsReason() {
        // Its salary column ($185K-$220K in the Bay Area) and its differential column (+15% to +25% on a national
        // average of $130K-$165K) disagree: the differentials price, the salaries are shown with why they differ.
        Quote q = mlops("mid", "Seattle", List.of(), false);
        Benchmark average = q.benchmarks().stream().filter(b -> b.id().equals("location-average")).findFirst().orElseThrow();
        assertEquals(new Range(170_000, 205_000), average.range());
        assertFalse(average.why().isBlank());
    }

    @Test
    void mlopsEarns10To15PercentOverDevOpsAtSenior() {
        // "MLOps engineers earn a premium over standard DevOps engineers (roughly 10-15% at the senior level)"
        for (Location market : guidanceMarkets()) {
            Range mlops = mlops("senior", market.id(), List.of(), false).recommendedBase();
            Range devops = ENGINE.price(opening("DevOps Engineer", "senior", market.id(), List.of(), false)).recommendedBase();
            double premium = (double) mlops.midpoint() / devops.midpoint() - 1;
            assertTrue(premium >= 0.10 && premium <= 0.15, market.id() + " premium " + premium);
        }
    }

    @Test
    void mlEngineersEarnMoreThanMlopsAndDataEngineersLess() {
        // "ML engineers typically earn more than MLOps engineers because model development is the scarcest skill."
        for (Level level : MARKET.levelsByRank()) {
            long mlops = mlops(level.id(), "Chicago", List.of(), false).recommendedBase().midpoint();
            long ml = ENGINE.price(opening("ML Engineer", level.id(), "Chicago", List.of(), false)).recommendedBase().midpoint();
            long data = ENGINE.price(opening("Data Engineer", level.id(), "Chicago", List.of(), false)).recommendedBase().midpoint();
            assertTrue(ml > mlops && mlops > data, level.id() + ": " + ml + " / " + mlops + " / " + data);
        }
    }

    @Test
    void derivedRolesStayNearTheirOwnGuideBandsAndSaySoWhenOutside() {
        // Each role's "National Avg." and "Senior Range" from the pay-gap table.
        for (Role role : MARKET.roles().items()) {
            for (Level level : MARKET.levelsByRank()) {
                Quote q = ENGINE.price(opening(role.id(), level.id(), "Chicago", List.of(), false));
                Benchmark band = q.benchmarks().stream().filter(b -> b.id().equals("role-band")).findFirst().orElseThrow();
                Range rec = q.recommendedBase();
                boolean inside = band.relation() == Benchmark.Relation.WITHIN || band.relation() == Benchmark.Relation.MATCHES;
                assertTrue(inside || !band.why().isBlank(), role.id() + " " + level.id() + " outside its band without a reason");
                assertTrue(rec.high() <= band.range().high() * 1.2, role.id() + " " + level.id() + ": " + rec + " vs " + band.range());
                if (!role.perLevelData()) assertTrue(q.market().derived() && band.why().contains("derived") || inside, role.id());
            }
        }
    }

    @Test
    void derivedRolesAreMarkedDerived() {
        Quote quote = ENGINE.price(opening("ML Engineer", "staff", "NYC", List.of(), false));
        assertTrue(quote.market().derived());
        assertTrue(quote.market().sources().stream().allMatch(SourceQuote::derived));
        assertTrue(quote.market().method().startsWith("Derived"));
        assertEquals(Confidence.LOW, quote.market().confidence());
    }

    @Test
    void premiumSkillsAddFifteenToThirtyThousandAndTableStakesNothing() {
        // "Premium skills (add $15K-$30K+ to offers)"; Docker and Kubernetes: "nobody gets hired because of them"
        Range base = mlops("senior", "Chicago", List.of(), false).recommendedBase();
        for (var skill : MARKET.skills().items()) {
            Range with = mlops("senior", "Chicago", List.of(skill.id()), false).recommendedBase();
            if (skill.premium()) {
                assertTrue(with.low() - base.low() >= 15_000 && with.high() - base.high() <= 30_000, skill.id());
            } else {
                assertEquals(base, with, skill.id() + " is table stakes");
            }
        }
    }

    @Test
    void theKubernetesTerraformLlmCombinationCommandsTheHighestPremium() {
        // "The combination that's commanding the highest premiums right now is Kubernetes + Terraform + LLM serving
        // infrastructure (vLLM, TensorRT-LLM, or Triton Inference Server)."
        Range llm = mlops("senior", "Chicago", List.of("vLLM"), false).recommendedBase();
        Range combo = mlops("senior", "Chicago", List.of("vLLM", "Kubernetes", "Terraform"), false).recommendedBase();
        assertTrue(combo.low() > llm.low() && combo.high() >= llm.high(), combo + " vs " + llm);
    }

    @Test
    void timeToFillIsOver45Days() {
        // "The average time-to-fill for ML infrastructure roles is running over 45 days right now"
        assertEquals(45, mlops("senior", "Chicago", List.of(), false).timeToFillDays());
    }

    @Test
    void theAggregatorsAreShownSideBySideAndReadBelowTheHiringMarket() {
        // "Glassdoor says $161,000. ZipRecruiter says $88,000. ... Those databases are sampling different populations"
        Quote q = mlops("senior", "Chicago", List.of(), false);
        assertEquals(List.of("Glassdoor", "Salary.com", "ZipRecruiter", "Built In / 6figr"),
                q.market().sources().stream().map(SourceQuote::source).toList());
        assertEquals(new Range(155_750, 197_500), q.market().blended());
        assertTrue(q.market().blended().low() < q.recommendedBase().low());
        assertTrue(q.hiring().whyAggregatorsReadLower().contains("outbid"));
    }

    @Test
    void wrongWorkArrangementForRemoteIsRefused() {
        Opening onsiteRemote = Opening.builder().client("A").role("MLOps").level("mid").location("Remote")
                .workArrangement(WorkArrangement.REMOTE).build();
        assertTrue(ENGINE.price(onsiteRemote).location().remote());
    }
}
