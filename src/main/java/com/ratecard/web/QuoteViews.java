package com.ratecard.web;

import com.ratecard.data.Engagement;
import com.ratecard.data.Skill;
import com.ratecard.data.match.Reading;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.BudgetAssessment;
import com.ratecard.pricing.BudgetUnit;
import com.ratecard.pricing.Fees;
import com.ratecard.pricing.Lever;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Percentiles;
import com.ratecard.pricing.Quote;
import com.ratecard.web.view.BudgetView;
import com.ratecard.web.view.LeverView;
import com.ratecard.web.view.LineView;
import com.ratecard.web.view.QuoteView;
import com.ratecard.web.view.RangeBarView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A quote's figures as the quote page shows them: formatted by {@link Money}, never priced here. */
final class QuoteViews {
    /** The bar's drawing width in SVG units; the page scales it. */
    private static final double WIDTH = 640;
    private static final double MARGIN = 40;

    private QuoteViews() {}

    static QuoteView of(Quote q) {
        BudgetAssessment b = q.budget();
        return new QuoteView(pricedAs(q), Money.range(q.recommendedBase()), Money.range(q.totalComp().range()),
                q.market().confidence().label(), q.effectiveDate().toString(), bar(q), b == null ? null : budget(b),
                b == null ? List.of() : b.levers().stream().map(l -> lever(l, b.unit())).toList(),
                b == null || b.combination() == null ? null : lever(b.combination(), b.unit()), engagement(q), fees(q.fees()),
                buildUp(q));
    }

    /** What the engine understood (the matcher's readings): what it priced, beside what was typed when they differ. */
    private static List<LineView> pricedAs(Quote q) {
        var u = q.understood();
        List<LineView> out = new ArrayList<>();
        out.add(reading("Role", u.reading(Reading.Field.ROLE)));
        LineView level = reading("Level", u.reading(Reading.Field.LEVEL));
        out.add(new LineView("Level", q.level().name() + " (" + q.level().yearsLabel() + ")", level.note()));
        String arrangement = q.opening().workArrangement() == null ? "" : q.opening().workArrangement().label();
        LineView location = reading("Location", u.reading(Reading.Field.LOCATION));
        out.add(new LineView("Location", q.location().name(), join(location.note(), arrangement)));
        if (!q.skills().isEmpty()) {
            List<String> skills = new ArrayList<>();
            for (Skill s : q.skills()) skills.add(s.name() + (s.premium() ? " (premium)" : " (" + s.kind().label() + ")"));
            out.add(new LineView("Skills", String.join(", ", skills), ""));
        }
        if (!u.notPricedSkills().isEmpty()) {
            out.add(new LineView("Not priced by the guide", String.join(", ", u.notPricedSkills()), "listed, not priced"));
        }
        out.add(new LineView("Clearance", q.opening().clearance().label(), ""));
        out.add(new LineView("Engagement", q.opening().engagement().label(), ""));
        return out;
    }

    private static LineView reading(String label, Reading r) {
        String typed = r.verbatim() || r.typed().isBlank() ? "" : "typed \u201c" + r.typed().strip() + "\u201d";
        return new LineView(label, r.readAs() == null ? r.typed() : r.readAs(), join(typed, r.note() == null ? "" : r.note()));
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a + "; " + b;
    }

    private static BudgetView budget(BudgetAssessment b) {
        String gap = b.gap() > 0 ? Money.inUnit(b.gap(), b.unit()) + " (" + Money.percent(Math.round(b.gapPct() * 10) / 10.0)
                + " of the budget)" : "";
        return new BudgetView(Money.inUnit(b.amount(), b.unit()), b.unit().per(), com.ratecard.render.DocumentFormat.percentile(b.percentile()), b.verdict().label(),
                b.verdict().id(), b.verdict().meaning(), Money.inUnit(b.minimum(), b.unit()), gap, b.verdict().belowRange());
    }

    private static LeverView lever(Lever l, BudgetUnit unit) {
        return new LeverView(l.id(), l.label(), l.detail(), Money.signedInUnit(l.effect(), unit), Money.inUnit(l.newMinimum(), unit),
                l.closesGap(), l.changes());
    }

    private static List<LineView> engagement(Quote q) {
        List<LineView> out = new ArrayList<>();
        out.add(new LineView("Contract bill rate", Money.hourly(q.contract().billRate()),
                q.contract().aboveGuideBand().isEmpty() ? "within the guide's " + Money.hourly(q.contract().guideBand())
                        : "above the guide's " + Money.hourly(q.contract().guideBand()) + ": " + String.join("; ", q.contract().aboveGuideBand())));
        Fees f = q.fees();
        Engagement e = q.opening().engagement();
        switch (e) {
            case DIRECT_HIRE -> out.add(new LineView("Engagement cost", Money.range(f.directHireFee()),
                    "direct-hire fee, " + Money.percent(f.directHirePct()) + " of first-year base"));
            case CONTRACT -> out.add(new LineView("Engagement cost", Money.range(f.contractTermCost()),
                    f.termMonths() + " months of billing"));
            case CONTRACT_TO_HIRE -> {
                out.add(new LineView("Engagement cost", Money.range(f.contractPeriodBilling()), f.contractMonths() + " months of billing"));
                out.add(new LineView("Conversion fee", Money.range(f.conversionFee()), Money.percent(f.conversionPct()) + " of base at conversion"));
            }
        }
        out.add(new LineView("Total compensation", Money.range(q.totalComp().range()),
                q.totalComp().fromGuide() ? "base plus equity and bonus (the guide)" : "base plus equity and bonus (agency policy)"));
        out.add(new LineView("Time to fill", q.timeToFillDays() + " days", ""));
        return out;
    }

    private static List<LineView> fees(Fees f) {
        return List.of(
                new LineView("Direct hire", Money.range(f.directHireFee()), Money.percent(f.directHirePct()) + " of first-year base"),
                new LineView("Contract-to-hire", Money.range(f.contractPeriodBilling()), f.contractMonths() + " months of billing, then a "
                        + Money.percent(f.conversionPct()) + " conversion fee (" + Money.range(f.conversionFee()) + ")"),
                new LineView("Contract", Money.range(f.contractTermCost()), f.termMonths() + " months of billing"));
    }

    private static List<LineView> buildUp(Quote q) {
        List<LineView> out = new ArrayList<>();
        for (Adjustment a : q.adjustments()) {
            String effect = a.effectLow() == a.effectHigh() ? Money.signed(a.effectLow())
                    : Money.signed(a.effectLow()) + " / " + Money.signed(a.effectHigh());
            out.add(new LineView(a.label(), Money.range(a.after()), a.rate() == null || a.rate().isEmpty() ? effect : a.rate() + " (" + effect + ")"));
        }
        return out;
    }

    /** The hiring market from P10 to P90 with the recommended range and, for an annual budget, its pin. */
    private static RangeBarView bar(Quote q) {
        Percentiles p = q.percentiles();
        BudgetAssessment b = q.budget();
        Double pin = b != null && b.unit() == BudgetUnit.BASE ? b.amount() : null;
        double low = Math.min(p.p10(), pin == null ? p.p10() : pin);
        double high = Math.max(p.p90(), pin == null ? p.p90() : pin);
        double pad = (high - low) * 0.06;
        low -= pad;
        high += pad;
        Scale x = new Scale(low, high);
        List<RangeBarView.Tick> ticks = List.of(tick(x, p.p10(), "P10"), tick(x, p.p25(), "P25"), tick(x, p.p50(), "P50"),
                tick(x, p.p75(), "P75"), tick(x, p.p90(), "P90"));
        RangeBarView.Pin budget = null;
        if (pin != null) {
            double at = x.at(pin);
            budget = new RangeBarView.Pin(num(at), "Budget " + Money.dollars(pin), at > WIDTH / 2 ? "end" : "start");
        }
        return new RangeBarView(num(WIDTH), num(x.at(p.p10())), num(x.at(p.p90()) - x.at(p.p10())),
                num(x.at(q.recommendedBase().low())), num(x.at(q.recommendedBase().high()) - x.at(q.recommendedBase().low())),
                ticks, budget);
    }

    private static RangeBarView.Tick tick(Scale x, long value, String label) {
        return new RangeBarView.Tick(num(x.at(value)), label, Money.dollars(value));
    }

    private record Scale(double low, double high) {
        double at(double value) {
            return MARGIN + (value - low) / (high - low) * (WIDTH - 2 * MARGIN);
        }
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
