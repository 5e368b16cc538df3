package com.ratecard.render.pdf;

import com.ratecard.pricing.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a horizontal range chart: bars from low to high on a shared dollar axis, with
 * vertical markers (the client's budget). Positions are percentages of the plot width; the
 * template draws them as positioned boxes, which Flying Saucer paints as vector rectangles, and
 * the CSS decides how they look. {@code kind} names the CSS class of a bar or marker.
 */
public record RangeChart(List<Tick> ticks, List<Bar> bars, List<Marker> markers) {
    public RangeChart {
        ticks = List.copyOf(ticks);
        bars = List.copyOf(bars);
        markers = List.copyOf(markers);
    }

    public record Tick(String label, String left) {}

    public record Bar(String label, String value, String kind, String left, String width) {}

    public record Marker(String label, String value, String kind, String left) {}

    /** Steps that give round tick labels; the first that yields at most {@code MAX_TICKS} ticks is used. */
    private static final long[] STEPS = {5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000, 500_000};
    private static final int MAX_TICKS = 7;

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private record PendingBar(String label, String value, String kind, Range range) {}

        private record PendingMarker(String label, String value, String kind, long at) {}

        private final List<PendingBar> bars = new ArrayList<>();
        private final List<PendingMarker> markers = new ArrayList<>();

        Builder bar(String label, Range range, String kind) {
            bars.add(new PendingBar(label, Formats.range(range), kind, range));
            return this;
        }

        Builder marker(String label, long at, String kind) {
            markers.add(new PendingMarker(label, Formats.money(at), kind, at));
            return this;
        }

        RangeChart build() {
            if (bars.isEmpty()) throw new IllegalStateException("a range chart needs at least one bar");
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (PendingBar bar : bars) {
                min = Math.min(min, bar.range().low());
                max = Math.max(max, bar.range().high());
            }
            for (PendingMarker marker : markers) {
                min = Math.min(min, marker.at());
                max = Math.max(max, marker.at());
            }
            long step = step(min, max);
            long axisMin = Math.floorDiv(min, step) * step;
            long axisMax = Math.max(axisMin + step, -Math.floorDiv(-max, step) * step);
            double span = axisMax - axisMin;
            List<Tick> ticks = new ArrayList<>();
            for (long at = axisMin; at <= axisMax; at += step) {
                ticks.add(new Tick(Formats.thousands(at), Formats.position(100 * (at - axisMin) / span)));
            }
            List<Bar> outBars = bars.stream().map(b -> new Bar(b.label(), b.value(), b.kind(),
                    Formats.position(100 * (b.range().low() - axisMin) / span),
                    // A zero-width range still shows as a sliver.
                    Formats.position(Math.max(0.5, 100 * (b.range().high() - b.range().low()) / span)))).toList();
            List<Marker> outMarkers = markers.stream().map(m -> new Marker(m.label(), m.value(), m.kind(),
                    Formats.position(100 * (m.at() - axisMin) / span))).toList();
            return new RangeChart(ticks, outBars, outMarkers);
        }

        private static long step(long min, long max) {
            for (long step : STEPS) {
                long ticks = -Math.floorDiv(-max, step) - Math.floorDiv(min, step) + 1;
                if (ticks <= MAX_TICKS) return step;
            }
            long step = STEPS[STEPS.length - 1];
            while (-Math.floorDiv(-max, step) - Math.floorDiv(min, step) + 1 > MAX_TICKS) step *= 2;
            return step;
        }
    }
}
