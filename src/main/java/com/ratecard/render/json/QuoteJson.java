package com.ratecard.render.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ratecard.data.match.Interpretation;
import com.ratecard.data.match.Reading;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.Alternative;
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
        market.put("disagreementPct", round1(q.market().disagreementPct()));
        market.put("confidence", q.market().confidence().label());
        market.put("derived", q.market().derived());
        market.put("method", q.market().method());
        // One distribution: the hiring market for this opening, whose middle is the recommendation.
        percentiles(market.putObject("percentiles"), q.hiring().percentiles());
        ObjectNode hiring = range(market.putObject("hiring"), q.hiring().range());
        hiring.put("coveragePct", q.hiring().coveragePct());
        percentiles(hiring.putObject("percentiles"), q.hiring().percentiles());
        hiring.put("whyAggregatorsReadLower", q.hiring().whyAggregatorsReadLower());

        ArrayNode lines = root.putArray("adjustments");
        for (Adjustment a : q.adjustments()) {
            ObjectNode line = lines.addObject().put("kind", a.kind().id()).put("label", a.label()).put("rate", a.rate())
                    .put("effectLow", a.effectLow()).put("effectHigh", a.effectHigh());
            range(line.putObject("after"), a.after());
            line.put("from", a.provenance().describe());
        }
        range(root.putObject("recommendedBase"), q.recommendedBase());
        ObjectNode total = range(root.putObject("totalComp"), q.totalComp().range());
        total.put("upliftLowPct", round1(q.totalComp().upliftLowPct())).put("upliftHighPct", round1(q.totalComp().upliftHighPct()))
                .put("fromGuide", q.totalComp().fromGuide());

        ObjectNode contract = root.putObject("contract");
        hourly(contract.putObject("billRate"), q.contract().billRate());
        hourly(contract.putObject("payRate"), q.contract().payRate());
        range(contract.putObject("annualBilling"), q.contract().annualBilling());
        contract.put("ratePremiumPct", q.contract().ratePremiumPct()).put("markupPct", q.contract().markupPct())
                .put("marginPct", round1(q.contract().marginPct())).put("hoursPerYear", q.contract().hoursPerYear());
        hourly(contract.putObject("guideBand"), q.contract().guideBand());
        ArrayNode above = contract.putArray("aboveGuideBand");
        q.contract().aboveGuideBand().forEach(above::add);

        ObjectNode fees = root.putObject("fees");
        range(fees.putObject("directHire"), q.fees().directHireFee()).put("pct", q.fees().directHirePct());
        range(fees.putObject("contractToHireConversion"), q.fees().conversionFee()).put("pct", q.fees().conversionPct());
        fees.put("contractMonths", q.fees().contractMonths());
        range(fees.putObject("contractPeriodBilling"), q.fees().contractPeriodBilling());
        fees.put("termMonths", q.fees().termMonths());
        range(fees.putObject("contractTermCost"), q.fees().contractTermCost());
        root.put("timeToFillDays", q.timeToFillDays());

        if (q.budget() != null) {
            BudgetAssessment b = q.budget();
            ObjectNode budget = root.putObject("budget");
            budget.put("amount", b.amount()).put("unit", b.unit().id()).put("percentile", b.percentile())
                    .put("percentileExact", b.percentileExact()).put("floor", b.floor()).put("minimum", b.minimum())
                    .put("gap", b.gap()).put("gapPct", round1(b.gapPct())).put("verdict", b.verdict().label())
                    .put("verdictId", b.verdict().id());
            ArrayNode levers = budget.putArray("levers");
            for (Lever l : b.levers()) lever(levers.addObject(), l);
            if (b.combination() != null) lever(budget.putObject("combination"), b.combination());
            else budget.putNull("combination");
        }
        ArrayNode benchmarks = root.putArray("benchmarks");
        for (Benchmark b : q.benchmarks()) {
            ObjectNode node = range(benchmarks.addObject().put("id", b.id()).put("label", b.label()), b.range());
            range(node.putObject("compared"), b.compared());
            node.put("relation", b.relation().id()).put("why", b.why()).put("from", b.provenance().describe());
        }
        ObjectNode alternatives = root.putObject("alternatives");
        alternatives(alternatives.putArray("levels"), q.alternatives().levels());
        alternatives(alternatives.putArray("markets"), q.alternatives().markets());
        alternatives(alternatives.putArray("roles"), q.alternatives().roles());
        ArrayNode explanation = root.putArray("explanation");
        for (Explanation e : q.explanation()) {
            explanation.addObject().put("figure", e.figure()).put("value", e.value()).put("how", e.how()).put("source", e.source());
        }
        return root;
    }

    private static void lever(ObjectNode node, Lever l) {
        node.put("id", l.id()).put("label", l.label()).put("effect", l.effect()).put("newMinimum", l.newMinimum())
                .put("closesGap", l.closesGap()).put("detail", l.detail());
        ArrayNode changes = node.putArray("changes");
        l.changes().forEach(changes::add);
    }

    private static void alternatives(ArrayNode out, java.util.List<Alternative> list) {
        for (Alternative a : list) {
            ObjectNode node = out.addObject().put("id", a.id()).put("name", a.name()).put("current", a.current());
            range(node.putObject("recommendedBase"), a.recommended());
            hourly(node.putObject("billRate"), a.billRate());
            range(node.putObject("totalComp"), a.totalComp());
        }
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
