package com.ratecard.render.text;

import com.ratecard.render.DocumentFormat;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Benchmark;
import com.ratecard.pricing.BudgetAssessment;
import com.ratecard.pricing.Lever;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.SourceQuote;
import com.ratecard.data.Skill;
import com.ratecard.data.SkillKind;
import com.ratecard.data.match.Interpretation;
import com.ratecard.data.match.Reading;
import java.util.Locale;

/** The quote as a readable breakdown for a terminal. */
public final class QuoteText {
    private final StringBuilder out = new StringBuilder();

    private QuoteText() {}

    public static String write(Quote q) {
        return new QuoteText().render(q);
    }

    private String render(Quote q) {
        String opening = String.format(Locale.ROOT, "%s, %s, %s", q.level().name(), q.role().name(), q.location().name());
        line("%s", q.opening().client() == null ? opening : q.opening().client() + ": " + opening);
        understood(q.understood());
        line("Engagement: %s%s%s", q.opening().engagement().label(), q.opening().clearance().priced() ? " · clearance " + q.opening().clearance().id() : "",
                q.effectiveDate().equals(q.dataAsOf()) ? "" : " · effective " + q.effectiveDate());
        line("");
        line("MARKET (%s%s, confidence %s)", q.level().name(), q.market().derived() ? ", derived" : "", q.market().confidence().label());
        for (SourceQuote s : q.market().sources()) line("  %-22s %s", s.source(), Money.range(s.low(), s.high()));
        line("  %-22s %s", "Aggregators' blend", Money.range(q.market().blended()));
        var p = q.hiring().percentiles();
        line("  Hiring market          P10 %s  P25 %s  P50 %s  P75 %s  P90 %s", k(p.p10()), k(p.p25()), k(p.p50()), k(p.p75()), k(p.p90()));
        line("");
        line("RECOMMENDATION (as of %s)", q.effectiveDate());
        for (Adjustment a : q.adjustments()) {
            if (a.kind() == AdjustmentKind.BASE) line("  %-56s %s", a.label(), Money.range(a.after()));
            else line("  %-56s %s / %s  (%s)", a.label(), Money.signed(a.effectLow()), Money.signed(a.effectHigh()), a.rate());
        }
        line("  %-56s %s", "Recommended base", Money.range(q.recommendedBase()));
        line("  %-56s %s  (+%s%% to +%s%%%s)", "Total compensation", Money.range(q.totalComp().range()),
                Money.number(q.totalComp().upliftLowPct()), Money.number(q.totalComp().upliftHighPct()),
                q.totalComp().fromGuide() ? "" : ", policy");
        line("  %-56s %s  (guide's band %s)", "Contract bill rate", Money.hourly(q.contract().billRate()),
                Money.hourly(q.contract().guideBand()));
        if (!q.contract().aboveGuideBand().isEmpty()) line("    above the guide's band: %s", String.join("; ", q.contract().aboveGuideBand()));
        line("  %-56s %s  (markup %s%%, margin %.1f%%; internal)", "Contractor pay rate", Money.hourly(q.contract().payRate()),
                Money.number(q.contract().markupPct()), q.contract().marginPct());
        line("  %-56s %s  (%s%% of base)", "Direct-hire fee", Money.range(q.fees().directHireFee()), Money.number(q.fees().directHirePct()));
        line("  %-56s %s + %s conversion fee", "Contract-to-hire: " + q.fees().contractMonths() + " months billing",
                Money.range(q.fees().contractPeriodBilling()), Money.range(q.fees().conversionFee()));
        line("  %-56s %s", "Contract for " + q.fees().termMonths() + " months", Money.range(q.fees().contractTermCost()));
        line("  %-56s %d+ days", "Time to fill", q.timeToFillDays());
        line("");
        line("THE GUIDE");
        for (Benchmark b : q.benchmarks()) {
            line("  %-56s %s  (%s)", b.label(), Money.range(b.range()), b.relation().id());
            if (!b.why().isEmpty()) line("    %s", b.why());
        }
        for (Skill s : q.skills()) {
            if (s.kind() != SkillKind.PREMIUM) line("  %-56s %s", s.name() + " (" + s.kind().label() + ")", s.effect());
        }
        if (q.budget() != null) {
            BudgetAssessment b = q.budget();
            line("");
            line("BUDGET %s: %s (the %s of the hiring market for this opening)", Money.inUnit(b.amount(), b.unit()),
                    b.verdict().label().toUpperCase(Locale.ROOT), DocumentFormat.percentile(b.percentile()));
            line("  %s", b.verdict().meaning());
            if (b.gap() > 0) {
                line("  Gap to the recommended minimum %s: %s (%.1f%% of the budget)", Money.inUnit(b.minimum(), b.unit()),
                        Money.inUnit(b.gap(), b.unit()), b.gapPct());
            }
            for (Lever l : b.levers()) lever(l, b);
            if (b.combination() != null) {
                line("  Together:");
                lever(b.combination(), b);
            }
            if (b.gap() > 0 && !b.closable()) line("  No change on offer reaches this budget: it needs to rise to %s.",
                    Money.inUnit(b.minimum(), b.unit()));
            if (b.closable()) line("  (* reaches the budget)");
        }
        return out.toString();
    }

    private void lever(Lever l, BudgetAssessment b) {
        line("  %s %-54s %s -> %s  (%s)", l.closesGap() ? "*" : "-", l.label(), Money.signedInUnit(l.effect(), b.unit()),
                Money.inUnit(l.newMinimum(), b.unit()), l.detail());
    }

    /** The opening as typed beside what it was priced as, and the skills the guide does not price. */
    private void understood(Interpretation u) {
        line("%s", u.pricedAs());
        for (Reading r : u.readings()) {
            if (r.verbatim()) continue;
            line("  %-9s %s -> %s%s", r.field().label(), "\"" + r.typed() + "\"", r.priced() ? r.readAs() : "not priced by the guide",
                    r.note() == null ? "" : "  (" + r.note() + ")");
        }
        if (!u.notPricedSkills().isEmpty()) {
            line("Not priced by the guide: %s", String.join(", ", u.notPricedSkills()));
        }
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    static String k(long dollars) {
        return String.format(Locale.ROOT, "$%,.0fK", dollars / 1000.0);
    }
}
