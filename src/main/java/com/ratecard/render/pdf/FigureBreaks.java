package com.ratecard.render.pdf;

import java.text.BreakIterator;
import java.util.Locale;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Where a line of a document may break: where the language allows, but never inside a figure. Flying
 * Saucer's default breaks before a slash (for URLs), which puts "/h" alone on a line, and Java's
 * line rules break after an en dash ("5–" / "8 years"), around a range's spaced dash and inside a
 * number ("+12." / "4%"). This keeps "$120.00/h", "5–8", "+12.4%" and "$185,000 – $220,000" whole;
 * ordinary text breaks as before.
 * (A nowrap span would do it too, but Flying Saucer then never breaks before the span and lets it
 * run out of its table cell.) Stateless; one instance serves every render.
 */
final class FigureBreaks implements LineBreakingStrategy {
    static final FigureBreaks INSTANCE = new FigureBreaks();
    private static final char DASH = '\u2013';

    private FigureBreaks() {}

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        BreakIterator lines = BreakIterator.getLineInstance(Locale.US);
        lines.setText(text);
        return () -> {
            for (int at = lines.next(); at != BreakIterator.DONE; at = lines.next()) {
                if (allowed(text, at)) return new BreakPoint(at);
            }
            return BreakPoint.getDonePoint();
        };
    }

    /** A break before {@code text[at]}: not before a unit's slash, on either side of a range's dash or inside a number. */
    static boolean allowed(String text, int at) {
        if (at <= 0 || at >= text.length()) return true;
        char next = text.charAt(at);
        char previous = text.charAt(at - 1);
        if (next == '/' || next == DASH || previous == DASH) return false;
        // "+12." + "4%", "$1," + "250": inside a number.
        if ((previous == '.' || previous == ',') && Character.isDigit(next) && at >= 2 && Character.isDigit(text.charAt(at - 2))) {
            return false;
        }
        // "$185,000 – " + "$220,000": the space after a range's dash.
        return !(previous == ' ' && at >= 2 && text.charAt(at - 2) == DASH);
    }
}
