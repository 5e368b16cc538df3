package com.ratecard.render.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ratecard.data.match.Interpretation;
import com.ratecard.data.match.Reading;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.Benchmark;
import com.ratecard.pricing.BudgetAssessment;
import com.ratecard.pricing.Explanation;
import com.ratecard.pricing.HourlyRange;
import com.ratecard.pricing.Lever;
import com.ratecard.pricing.Percentiles;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.Range;
import com.ratecard.pricing.SourceQuote;

/** The quote as a stable JSON document for scripts (the shape is documented in the README). */
public final class QuoteJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private QuoteJson() {}

    public static String write(Quote quote) {
        try {
            return MAPPER.writeValueAsString(tree(quote));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(Quote q) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("client", q.opening().client());
        root.put("role", q.role().name());
        root.put("roleId", q.role().id());
        root.put("level", q.level().id());
        root.put("levelName", q.level().name());
        root.put("location", q.location().name());
        root.put("locationId", q.location().id());
        root.put("remote", q.location().remote());
        root.put("engagement", q.opening().engagement().id());
        root.put("clearance", q.opening().clearance().id());
        root.put("workArrangement", q.opening().workArrangement() == null ? null : q.opening().workArrangement().id());
        ArrayNode skills = root.putArray("skills");
        q.skills().forEach(s -> skills.addObject().put("id", s.id()).put("name", s.name()).put("kind", s.kind().label()));
        root.put("pricedAs", q.understood().pricedAs());
        understood(root.putObject("understood"), q.understood());
        root.put("dataAsOf", q.dataAsOf().toString());
        root.put("effectiveDate", q.effectiveDate().toString());

        ObjectNode market = root.putObject("market");
        ArrayNode sources = market.putArray("sources");
        for (SourceQuote s : q.market().sources()) {
            sources.addObject().put("source", s.source()).put("low", s.low()).put("high", s.high())
                    .put("weight", s.weight()).put("derived", s.derived()).put("from", s.provenance().describe());
        }
        range(market.putObject("blended"), q.market().blended());
        percentiles(market.putObject("percentiles"), q.market().percentiles());
        market.put("disagreementPct", round1(q.market().disagreementPct()));
        market.put("confidence", q.market().confidence().label());
        market.put("derived", q.market().derived());
        market.put("method", q.market().method());
        range(market.putObject("forOpening"), q.marketForOpening());
        percentiles(market.putObject("percentilesForOpening"), q.percentilesForOpening());

        ArrayNode lines = root.putArray("adjustments");
        for (Adjustment a : q.adjustments()) {
            ObjectNode line = lines.addObject().put("kind", a.kind().id()).put("label", a.label()).put("rate", a.rate())
                    .put("effectLow", a.effectLow()).put("effectHigh", a.effectHigh());
            range(line.putObject("after"), a.after());
            line.put("from", a.provenance().describe());
        }
        range(root.putObject("recommendedBase"), q.recommendedBase());
        ObjectNode total = range(root.putObject("totalComp"), q.totalComp().range());
        total.put("upliftLowPct", q.totalComp().upliftLowPct()).put("upliftHighPct", q.totalComp().upliftHighPct());

        ObjectNode contract = root.putObject("contract");
        hourly(contract.putObject("payRate"), q.contract().payRate());
        hourly(contract.putObject("billRate"), q.contract().billRate());
        contract.put("markupPct", q.contract().markupPct()).put("marginPct", round1(q.contract().marginPct()))
                .put("payUpliftPct", q.contract().payUpliftPct()).put("hoursPerYear", q.contract().hoursPerYear());
        hourly(contract.putObject("guideBand"), q.contract().guideBand());

        ObjectNode fees = root.putObject("fees");
        range(fees.putObject("directHire"), q.fees().directHireFee()).put("pct", q.fees().directHirePct());
        range(fees.putObject("contractToHireConversion"), q.fees().conversionFee()).put("pct", q.fees().conversionPct());
        fees.put("contractMonths", q.fees().contractMonths());
        range(fees.putObject("contractPeriodBilling"), q.fees().contractPeriodBilling());
        root.put("timeToFillDays", q.timeToFillDays());

        if (q.budget() != null) {
            BudgetAssessment b = q.budget();
            ObjectNode budget = root.putObject("budget");
            budget.put("amount", b.budget()).put("percentile", b.percentile()).put("floor", b.floor())
                    .put("gap", b.gap()).put("gapPct", round1(b.gapPct())).put("verdict", b.verdict().label());
            ArrayNode levers = budget.putArray("levers");
            for (Lever l : b.levers()) {
                levers.addObject().put("id", l.id()).put("label", l.label()).put("effect", l.effect())
                        .put("newMinimum", l.newMinimum()).put("closesGap", l.closesGap()).put("detail", l.detail());
            }
        }
        ArrayNode benchmarks = root.putArray("benchmarks");
        for (Benchmark b : q.benchmarks()) {
            range(benchmarks.addObject().put("label", b.label()), b.range()).put("from", b.provenance().describe());
        }
        ArrayNode explanation = root.putArray("explanation");
        for (Explanation e : q.explanation()) {
            explanation.addObject().put("figure", e.figure()).put("value", e.value()).put("how", e.how()).put("source", e.source());
        }
        return root;
    }

    /** What was typed beside what it was read as; "notPricedByGuide" lists the skills as typed. */
    private static void understood(ObjectNode node, Interpretation u) {
        node.put("pricedAs", u.pricedAs());
        reading(node.putObject("title"), u.reading(Reading.Field.ROLE));
        reading(node.putObject("level"), u.reading(Reading.Field.LEVEL));
        reading(node.putObject("location"), u.reading(Reading.Field.LOCATION));
        node.put("placeAsTyped", u.placeAsTyped());
        ArrayNode skills = node.putArray("skills");
        u.skillReadings().forEach(r -> reading(skills.addObject(), r).put("priced", r.priced()));
        ArrayNode notPriced = node.putArray("notPricedByGuide");
        u.notPricedSkills().forEach(notPriced::add);
        ArrayNode notes = node.putArray("notes");
        u.notes().forEach(notes::add);
    }

    private static ObjectNode reading(ObjectNode node, Reading r) {
        return node.put("typed", r.typed()).put("readAs", r.readAs()).put("id", r.id()).put("note", r.note());
    }

    private static ObjectNode range(ObjectNode node, Range range) {
        return node.put("low", range.low()).put("high", range.high());
    }

    private static void hourly(ObjectNode node, HourlyRange range) {
        node.put("low", range.low()).put("high", range.high());
    }

    private static void percentiles(ObjectNode node, Percentiles p) {
        node.put("p10", p.p10()).put("p25", p.p25()).put("p50", p.p50()).put("p75", p.p75()).put("p90", p.p90());
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
