package com.ratecard.web.view;

import java.util.List;

/**
 * The range bar as SVG coordinates (strings, so no locale reformats them): the hiring market from
 * P10 to P90, the recommended range inside it, a tick per percentile and the budget's pin (null
 * when the budget is not an annual base).
 */
public record RangeBarView(String width, String marketX, String marketWidth, String recommendedX, String recommendedWidth,
                           List<Tick> ticks, Pin budget) {
    /** A percentile's tick: x, "P50", "$172,000". */
    public record Tick(String x, String label, String value) {}

    /** The budget's pin: x, its label, and which side of x its text goes ("start" or "end"). */
    public record Pin(String x, String label, String anchor) {}
}
