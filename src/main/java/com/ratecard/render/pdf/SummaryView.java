package com.ratecard.render.pdf;

import com.ratecard.pricing.BudgetAssessment;
import com.ratecard.pricing.Lever;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Quote;
import java.util.List;
import java.util.Locale;

/**
 * The executive summary's figures. {@code budget} is null when the opening gave none; its
 * {@code percentile} is the budget's estimated place in the market for this opening (0-100). The verdict
 * and engagement advice are worded by the template from the ids ({@code verdictId}: below-floor,
 * below-market, competitive, strong; {@code engagementId}: direct-hire, contract,
 * contract-to-hire).
 */
public record SummaryView(String recommendedBase, String recommendedLow, String recommendedHigh, String midpoint,
                          String totalComp, String totalCompUplift, String marketForOpening, String confidence,
                          String engagementId, String engagement, String billRate, String directHireFee,
                          int contractMonths, int timeToFillDays, Budget budget) {

    /** The client's budget against the recommendation, with the levers that move the minimum. */
    public record Budget(String amount, int percentile, String percentileOrdinal, String verdictId, String verdict, String floor, boolean hasGap,
                         String gap, String gapPct, List<LeverRow> levers, boolean anyLeverCloses) {
        public Budget {
            levers = List.copyOf(levers);
        }
    }

    /**
     * {@code id}: the engine's lever id (drop-skill:..., drop-clearance, remote, location:..., level:...,
     * contract); {@code effect}: signed change of the recommended minimum; {@code newMinimum} after it.
     */
    public record LeverRow(String id, String label, String effect, String newMinimum, boolean closesGap, String detail) {}

    static SummaryView of(Quote quote) {
        return new SummaryView(Formats.range(quote.recommendedBase()), Formats.money(quote.recommendedBase().low()),
                Formats.money(quote.recommendedBase().high()), Formats.money(quote.recommendedBase().midpoint()),
                Formats.range(quote.totalComp().range()),
                "+" + Formats.pct(quote.totalComp().upliftLowPct()) + " to +" + Formats.pct(quote.totalComp().upliftHighPct()),
                Formats.range(quote.hiring().range()), quote.market().confidence().label(),
                quote.opening().engagement().id(), quote.opening().engagement().label(),
                Formats.hourly(quote.contract().billRate()), Formats.range(quote.fees().directHireFee()),
                quote.fees().contractMonths(), quote.timeToFillDays(), quote.hasBudget() ? budget(quote.budget()) : null);
    }

    private static Budget budget(BudgetAssessment b) {
        List<LeverRow> levers = b.levers().stream().map(l -> new LeverRow(l.id(), l.label(),
                Money.signedInUnit(l.effect(), b.unit()), Money.inUnit(l.newMinimum(), b.unit()), l.closesGap(), l.detail())).toList();
        return new Budget(Money.inUnit(b.amount(), b.unit()), b.percentile(), Formats.ordinal(b.percentile()), b.verdict().id(),
                b.verdict().label(), Money.inUnit(b.floor(), b.unit()), b.gap() > 0, Money.inUnit(b.gap(), b.unit()),
                String.format(Locale.US, "%.1f%%", b.gapPct()), levers, b.levers().stream().anyMatch(Lever::closesGap));
    }
}
