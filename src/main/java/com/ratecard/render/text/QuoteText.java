package com.ratecard.render.text;

import com.ratecard.render.DocumentFormat;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Benchmark;
import com.ratecard.pricing.BudgetAssessment;
import com.ratecard.pricing.HourlyRange;
import com.ratecard.pricing.Lever;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.Range;
import com.ratecard.pricing.SourceQuote;
import com.ratecard.data.Skill;
import com.ratecard.data.SkillKind;
import java.util.Locale;

/** The quote as a readable breakdown for a terminal. */
public final class QuoteText {
    private final StringBuilder out = new StringBuilder();

    private QuoteText() {}

    public static String write(Quote q) {
        return new QuoteText().render(q);
    }

    private String render(Quote q) {
        line("%s: %s, %s, %s", q.opening().client(), q.level().name(), q.role().name(), q.location().name());
        line("Engagement: %s%s%s", q.opening().engagement().label(), q.opening().clearance().priced() ? " · clearance " + q.opening().clearance().id() : "",
                q.effectiveDate().equals(q.dataAsOf()) ? "" : " · effective " + q.effectiveDate());
        line("");
        line("MARKET (%s%s, confidence %s)", q.level().name(), q.market().derived() ? ", derived" : "", q.market().confidence().label());
        for (SourceQuote s : q.market().sources()) line("  %-22s %s", s.source(), Money.range(s.low(), s.high()));
        line("  %-22s %s", "Blended", Money.range(q.market().blended()));
        var p = q.market().percentiles();
        line("  Percentiles            P10 %s  P25 %s  P50 %s  P75 %s  P90 %s", k(p.p10()), k(p.p25()), k(p.p50()), k(p.p75()), k(p.p90()));
        line("  For this opening       %s", Money.range(q.marketForOpening()));
        line("");
        line("RECOMMENDATION");
        for (Adjustment a : q.adjustments()) {
            if (a.kind() == AdjustmentKind.BASE) line("  %-52s %s", a.label(), Money.range(a.after()));
            else line("  %-52s %s / %s  (%s)", a.label(), Money.signed(a.effectLow()), Money.signed(a.effectHigh()), a.rate());
        }
        line("  %-52s %s", "Recommended base", Money.range(q.recommendedBase()));
        line("  %-52s %s  (+%s%% to +%s%%)", "Total compensation", Money.range(q.totalComp().range()),
                Money.number(q.totalComp().upliftLowPct()), Money.number(q.totalComp().upliftHighPct()));
        line("  %-52s %s", "Contract pay rate", Money.hourly(q.contract().payRate()));
        line("  %-52s %s  (markup %s%%, margin %.1f%%)", "Contract bill rate", Money.hourly(q.contract().billRate()),
                Money.number(q.contract().markupPct()), q.contract().marginPct());
        line("  %-52s %s  (%s%% of base)", "Direct-hire fee", Money.range(q.fees().directHireFee()), Money.number(q.fees().directHirePct()));
        line("  %-52s %s  (%s%% after %d months on contract)", "Contract-to-hire conversion fee", Money.range(q.fees().conversionFee()),
                Money.number(q.fees().conversionPct()), q.fees().contractMonths());
        line("  %-52s %d+ days", "Time to fill", q.timeToFillDays());
        for (Benchmark b : q.benchmarks()) line("  %-52s %s", b.label(), Money.range(b.range()));
        for (Skill s : q.skills()) {
            if (s.kind() != SkillKind.PREMIUM) line("  %-52s %s", s.name() + " (" + s.kind().label() + ")", s.effect());
        }
        if (q.budget() != null) {
            BudgetAssessment b = q.budget();
            line("");
            line("BUDGET %s: %s (about the %s of the market for this opening)", Money.dollars(b.budget()),
                    b.verdict().label().toUpperCase(Locale.ROOT), DocumentFormat.percentile(b.percentile()));
            line("  %s", b.verdict().meaning());
            if (b.gap() > 0) line("  Gap to the recommended minimum: %s (%.1f%% of the budget)", Money.dollars(b.gap()), b.gapPct());
            for (Lever l : b.levers()) {
                line("  %s %-50s %s -> %s  (%s)", l.closesGap() ? "*" : "-", l.label(), Money.signed(l.effect()),
                        Money.dollars(l.newMinimum()), l.detail());
            }
            if (b.levers().stream().anyMatch(Lever::closesGap)) line("  (* closes the gap on its own)");
        }
        return out.toString();
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    static String k(long dollars) {
        return String.format(Locale.ROOT, "$%,.0fK", dollars / 1000.0);
    }
}
