package com.ratecard.render.pdf;

import com.ratecard.pricing.BudgetAssessment;
import com.ratecard.pricing.ContractTerms;
import com.ratecard.pricing.Fees;
import com.ratecard.pricing.Lever;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one-page decision summary: the recommended base, what the engagement costs (the placement
 * fee; the hourly bill rate and a contract's cost over its term; contract-to-hire's period and
 * conversion fee), time to fill, the market bar and, with a budget, the verdict and what would
 * close its gap. Every figure is the quote's, formatted; the template words them from the ids
 * ({@code engagementId}; {@code budget.verdictId}: below-floor, below-market, competitive, strong).
 */
public record DecisionView(String recommendedBase, String recommendedLow, String recommendedHigh, String midpoint,
                           String totalComp, String totalCompUplift, boolean totalCompFromGuide, String engagementId,
                           String billRate, String guideBand, boolean aboveGuideBand, int termMonths, String termCost,
                           String yearOfBilling, String directHireFee, String directHirePct, int contractMonths,
                           String contractPeriodBilling, String conversionFee, String conversionPct, int timeToFillDays,
                           MarketBar bar, Budget budget) {

    /**
     * The client's budget on the market, in its own unit ({@code unitId}: base, hourly,
     * contract-year). {@code percentile} is 1 to 99; {@code beyond} is "below" or "above" when the
     * budget lies outside that, else null. {@code closing} are the single changes that close the gap,
     * {@code combination} the cheapest set of changes that does when none does alone (null
     * otherwise); with neither, {@code minimum} is what the budget would need to be. {@code shown}
     * are the changes the one page has room for (those that close the gap first), {@code notShown}
     * how many more there are.
     */
    public record Budget(String amount, String unitId, int percentile, String percentileOrdinal, String beyond,
                         String verdictId, String verdict, String floor, String minimum, boolean hasGap, String gap,
                         String gapPct, List<LeverRow> levers, List<LeverRow> closing, LeverRow combination,
                         List<LeverRow> shown, int notShown) {
        public Budget {
            levers = List.copyOf(levers);
            closing = List.copyOf(closing);
            shown = List.copyOf(shown);
        }
    }

    /** Single changes the decision page lists, beside the combination: it must stay one page. */
    static final int SHOWN = 3;

    /** A change to the opening and the recommended minimum after it, in the budget's unit. */
    public record LeverRow(String id, String label, String detail, String effect, String newMinimum, boolean closesGap) {}

    static DecisionView of(Quote quote) {
        ContractTerms c = quote.contract();
        Fees f = quote.fees();
        return new DecisionView(Formats.range(quote.recommendedBase()), Formats.money(quote.recommendedBase().low()),
                Formats.money(quote.recommendedBase().high()), Formats.money(quote.recommendedBase().midpoint()),
                Formats.range(quote.totalComp().range()),
                "+" + Formats.pct(quote.totalComp().upliftLowPct()) + " to +" + Formats.pct(quote.totalComp().upliftHighPct()),
                quote.totalComp().fromGuide(), quote.opening().engagement().id(), Formats.hourly(c.billRate()),
                Formats.hourly(c.guideBand()), !c.aboveGuideBand().isEmpty(), f.termMonths(),
                Formats.range(f.contractTermCost()), Formats.range(c.annualBilling()), Formats.range(f.directHireFee()),
                Formats.pct(f.directHirePct()), f.contractMonths(), Formats.range(f.contractPeriodBilling()),
                Formats.range(f.conversionFee()), Formats.pct(f.conversionPct()), quote.timeToFillDays(),
                MarketBar.of(quote), quote.hasBudget() ? budget(quote.budget()) : null);
    }

    private static Budget budget(BudgetAssessment b) {
        List<LeverRow> levers = b.levers().stream().map(l -> lever(l, b)).toList();
        List<LeverRow> closing = levers.stream().filter(LeverRow::closesGap).toList();
        LeverRow combination = b.combination() != null && b.combination().closesGap() ? lever(b.combination(), b) : null;
        String beyond = b.percentileExact() < 1 ? "below" : b.percentileExact() >= 99.5 ? "above" : null;
        List<LeverRow> ordered = new ArrayList<>(closing);
        levers.stream().filter(l -> !l.closesGap()).forEach(ordered::add);
        List<LeverRow> shown = ordered.subList(0, Math.min(SHOWN, ordered.size()));
        return new Budget(Money.inUnit(b.amount(), b.unit()), b.unit().id(), b.percentile(), Formats.ordinal(b.percentile()),
                beyond, b.verdict().id(), b.verdict().label(), Money.inUnit(b.floor(), b.unit()),
                Money.inUnit(b.minimum(), b.unit()), b.gap() > 0, Money.inUnit(b.gap(), b.unit()),
                String.format(Locale.US, "%.1f%%", b.gapPct()), levers, closing, combination, shown, ordered.size() - shown.size());
    }

    private static LeverRow lever(Lever l, BudgetAssessment b) {
        return new LeverRow(l.id(), l.label(), l.detail(), Money.signedInUnit(l.effect(), b.unit()),
                Money.inUnit(l.newMinimum(), b.unit()), l.closesGap());
    }
}
