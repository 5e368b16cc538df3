package com.ratecard.render.xlsx;

import com.ratecard.pricing.Market;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Percentiles;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.SourceQuote;
import java.util.List;

/**
 * The Market: the four sources by level, the blended range and percentiles per level with this
 * opening's level highlighted, the confidence, and the market for this opening.
 */
final class MarketSheet {
    private MarketSheet() {}

    static void write(RenderContext context) {
        Grid grid = context.grid(WorkbookTemplate.MARKET);
        Quote q = context.quote();
        List<Quote> levels = context.levels().byRank();
        List<SourceQuote> sources = q.market().sources();
        int last = 1 + 2 * sources.size();
        grid.text(0, 0, "Market: " + q.role().name() + " base salary by level", Look.TITLE);
        grid.merge(0, 0, last);
        grid.text(1, 0, q.market().method() + ". Confidence for " + q.level().name() + ": " + q.market().confidence().label()
                + String.format(java.util.Locale.ROOT, " (sources' midpoints vary by %.1f%%).", q.market().disagreementPct()),
                Look.SUBTITLE);
        grid.merge(1, 0, last);

        int row = 3;
        grid.text(row, 0, "The four sources by level (base salary, as the guide prints them"
                + (q.market().derived() ? ", scaled to this role)" : ")"), Look.SECTION);
        grid.merge(row++, 0, last);
        grid.header(row, 0, "Level", "Years");
        grid.header(row + 1, 0, "", "");
        for (int i = 0; i < sources.size(); i++) {
            grid.header(row, 2 + 2 * i, sources.get(i).source(), "");
            grid.merge(row, 2 + 2 * i, 3 + 2 * i);
            grid.header(row + 1, 2 + 2 * i, "Low", "High");
        }
        row += 2;
        grid.sheet().createFreezePane(1, row);
        for (Quote level : levels) {
            grid.text(row, 0, level.level().name(), Look.LABEL);
            grid.text(row, 1, level.level().yearsLabel(), Look.TEXT);
            List<SourceQuote> quotes = level.market().sources();
            for (int i = 0; i < quotes.size(); i++) {
                grid.number(row, 2 + 2 * i, quotes.get(i).low(), Look.MONEY);
                grid.number(row, 3 + 2 * i, quotes.get(i).high(), Look.MONEY);
            }
            if (level.level().equals(q.level())) grid.highlight(row, 0, last);
            row++;
        }
        grid.text(row, 0, "Weight in the blend", Look.TEXT);
        for (int i = 0; i < sources.size(); i++) grid.number(row, 2 + 2 * i, sources.get(i).weight(), Look.NUMBER);
        row += 2;

        grid.text(row, 0, "Blended range and percentiles by level", Look.SECTION);
        grid.merge(row++, 0, last);
        grid.header(row++, 0, "Level", "Blended low", "Blended high", "P10", "P25", "P50", "P75", "P90", "Disagreement",
                "Confidence");
        for (Quote level : levels) {
            Market m = level.market();
            grid.text(row, 0, level.level().name(), Look.LABEL);
            grid.number(row, 1, m.blended().low(), Look.MONEY);
            grid.number(row, 2, m.blended().high(), Look.MONEY);
            percentiles(grid, row, 3, m.percentiles());
            grid.number(row, 8, m.disagreementPct() / 100, Look.PERCENT_FINE);
            grid.text(row, 9, m.confidence().label(), Look.TEXT);
            if (level.level().equals(q.level())) grid.highlight(row, 0, last);
            row++;
        }
        row++;

        grid.text(row, 0, "For this opening: " + q.level().name() + " in " + q.location().name() + " with its lines",
                Look.SECTION);
        grid.merge(row++, 0, last);
        grid.header(row++, 0, "Figure", "Low", "High", "P10", "P25", "P50", "P75", "P90");
        grid.text(row, 0, "Market for this opening", Look.LABEL);
        grid.number(row, 1, q.marketForOpening().low(), Look.MONEY);
        grid.number(row, 2, q.marketForOpening().high(), Look.MONEY);
        percentiles(grid, row++, 3, q.percentilesForOpening());
        row++;
        String note = "Each source's range is its low and high base salary. The blend is the weighted average of the "
                + "sources' lows and highs. Percentiles assume salaries are normally distributed with the blend's ends at "
                + "P10 and P90 (market coverage " + Money.percent(context.data().policy().get("market-coverage").number())
                + ", policy). Confidence comes from how far the sources' midpoints disagree (coefficient of variation): high "
                + "below " + Money.percent(context.data().policy().get("confidence-high-cv").number()) + ", medium below "
                + Money.percent(context.data().policy().get("confidence-medium-cv").number())
                + "; roles derived from another role's sources are always low.";
        grid.text(row, 0, note, Look.NOTE);
        grid.merge(row, 0, last);
        grid.fitRow(row, note, grid.widthChars(0, last));
    }

    private static void percentiles(Grid grid, int row, int col, Percentiles p) {
        long[] values = {p.p10(), p.p25(), p.p50(), p.p75(), p.p90()};
        for (int i = 0; i < values.length; i++) grid.number(row, col + i, values[i], Look.MONEY);
    }
}
