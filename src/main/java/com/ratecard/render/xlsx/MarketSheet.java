package com.ratecard.render.xlsx;

import com.ratecard.pricing.Alternative;
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
        List<Alternative> levels = q.alternatives().levels();
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
        for (Alternative level : levels) {
            grid.text(row, 0, level.name(), Look.LABEL);
            grid.text(row, 1, context.data().levels().resolve(level.id()).yearsLabel(), Look.TEXT);
            List<SourceQuote> quotes = level.market().sources();
            for (int i = 0; i < quotes.size(); i++) {
                grid.number(row, 2 + 2 * i, quotes.get(i).low(), Look.MONEY);
                grid.number(row, 3 + 2 * i, quotes.get(i).high(), Look.MONEY);
            }
            if (level.current()) grid.highlight(row, 0, last);
            row++;
        }
        grid.text(row, 0, "Weight in the blend", Look.TEXT);
        for (int i = 0; i < sources.size(); i++) grid.number(row, 2 + 2 * i, sources.get(i).weight(), Look.NUMBER);
        row += 2;

        grid.text(row, 0, "The aggregators' blend and the recommendation by level (this opening's market and skills)", Look.SECTION);
        grid.merge(row++, 0, last);
        grid.header(row++, 0, "Level", "Blended low", "Blended high", "Recommended low", "Recommended high", "Disagreement",
                "Confidence");
        for (Alternative level : levels) {
            Market m = level.market();
            grid.text(row, 0, level.name(), Look.LABEL);
            grid.number(row, 1, m.blended().low(), Look.MONEY);
            grid.number(row, 2, m.blended().high(), Look.MONEY);
            grid.number(row, 3, level.recommended().low(), Look.MONEY);
            grid.number(row, 4, level.recommended().high(), Look.MONEY);
            grid.number(row, 5, m.disagreementPct() / 100, Look.PERCENT_FINE);
            grid.text(row, 6, m.confidence().label(), Look.TEXT);
            if (level.current()) grid.highlight(row, 0, last);
            row++;
        }
        row++;

        grid.text(row, 0, "For this opening: " + q.level().name() + " in " + q.location().name() + " with its lines",
                Look.SECTION);
        grid.merge(row++, 0, last);
        grid.header(row++, 0, "Figure", "Low", "High", "P10", "P25", "P50", "P75", "P90");
        grid.text(row, 0, "Hiring market for this opening", Look.LABEL);
        grid.number(row, 1, q.hiring().range().low(), Look.MONEY);
        grid.number(row, 2, q.hiring().range().high(), Look.MONEY);
        percentiles(grid, row++, 3, q.hiring().percentiles());
        row++;
        String note = "Each source's range is its low and high base salary; the blend is the weighted average of the "
                + "sources' lows and highs. " + q.hiring().whyAggregatorsReadLower() + " The hiring market is a normal "
                + "curve whose middle " + Money.percent(q.hiring().coveragePct()) + " is the recommended range. Confidence "
                + "comes from how far the sources' midpoints disagree; roles derived from another role's sources are always low.";
        grid.text(row, 0, note, Look.NOTE);
        grid.merge(row, 0, last);
        grid.fitRow(row, note, grid.widthChars(0, last));
    }

    private static void percentiles(Grid grid, int row, int col, Percentiles p) {
        long[] values = {p.p10(), p.p25(), p.p50(), p.p75(), p.p90()};
        for (int i = 0; i < values.length; i++) grid.number(row, col + i, values[i], Look.MONEY);
    }
}
