package com.ratecard.render.pdf;

import com.ratecard.pricing.BudgetAssessment;
import com.ratecard.pricing.BudgetUnit;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Percentiles;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.UnitPercentiles;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision summary's one bar: the hiring market for the opening from its 10th to its 90th
 * percentile, the recommended band (25th to 75th) inside it, a tick at each of the five
 * percentiles, and a pin at the client's budget, all in the budget's unit (annual base, hourly bill
 * rate or a year of billing; annual base without a budget). Positions are percentages of the
 * plot's width. A budget far outside the market is pinned at the edge ({@code offScale}) so the
 * market keeps most of the width. {@code unitId} is the {@link BudgetUnit} id, for the template's
 * caption.
 */
public record MarketBar(String unitId, List<Tick> ticks, String trackLeft, String trackWidth, String bandLeft,
                        String bandWidth, Pin pin) {
    public MarketBar {
        ticks = List.copyOf(ticks);
    }

    /** {@code percentile}: 10, 25, 50, 75 or 90, for the template's words ("10th", "median"). */
    public record Tick(int percentile, String value, String left) {}

    /**
     * {@code align}: left, center or right, so the label stays inside the plot;
     * {@code offScale}: below or above the drawn range, pinned at its edge (null when on the scale).
     */
    public record Pin(String value, String left, String align, String offScale) {}

    /** How far beyond the market a budget is still drawn to scale, as a share of the market's width. */
    private static final double REACH = 0.6;
    /** Room left at each end of the plot, as a share of the drawn range. */
    private static final double PAD = 0.06;

    static MarketBar of(Quote quote) {
        BudgetAssessment budget = quote.budget();
        BudgetUnit unit = budget == null ? BudgetUnit.BASE : budget.unit();
        double[] at = budget == null ? base(quote.percentiles()) : inUnit(budget.market());
        double lo = at[0];
        double hi = at[4];
        double span = Math.max(hi - lo, 1e-9);
        double min = lo;
        double max = hi;
        String offScale = null;
        double pinAt = Double.NaN;
        if (budget != null) {
            pinAt = budget.amount();
            if (pinAt < lo - REACH * span) {
                pinAt = lo - REACH * span;
                offScale = "below";
            } else if (pinAt > hi + REACH * span) {
                pinAt = hi + REACH * span;
                offScale = "above";
            }
            min = Math.min(min, pinAt);
            max = Math.max(max, pinAt);
        }
        double pad = PAD * (max - min);
        double axisMin = min - pad;
        double width = max - min + 2 * pad;
        int[] names = {10, 25, 50, 75, 90};
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < at.length; i++) ticks.add(new Tick(names[i], value(at[i], unit), position(at[i], axisMin, width)));
        Pin pin = null;
        if (budget != null) {
            double left = 100 * (pinAt - axisMin) / width;
            String align = left < 18 ? "left" : left > 82 ? "right" : "center";
            pin = new Pin(value(budget.amount(), unit), Formats.position(left), align, offScale);
        }
        return new MarketBar(unit.id(), ticks, position(lo, axisMin, width), Formats.position(100 * (hi - lo) / width),
                position(at[1], axisMin, width), Formats.position(100 * (at[3] - at[1]) / width), pin);
    }

    private static double[] base(Percentiles p) {
        return new double[] {p.p10(), p.p25(), p.p50(), p.p75(), p.p90()};
    }

    private static double[] inUnit(UnitPercentiles p) {
        return new double[] {p.p10(), p.p25(), p.p50(), p.p75(), p.p90()};
    }

    private static String position(double value, double axisMin, double width) {
        return Formats.position(100 * (value - axisMin) / width);
    }

    /** "$215,496", "$134.06/h": the figure in its unit, as the rest of the document writes it. */
    private static String value(double value, BudgetUnit unit) {
        return unit.hourly() ? Money.hourly(value) + "/h" : Money.dollars(value);
    }
}
