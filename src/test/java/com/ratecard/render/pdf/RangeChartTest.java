package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.pricing.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeChartTest {
    @Test
    void placesBarsAndMarkersOnARoundAxis() {
        RangeChart chart = RangeChart.builder().bar("A", new Range(150_000, 200_000), "source")
                .bar("B", new Range(110_000, 290_000), "blend").marker("Budget", 165_000, "budget").build();
        assertEquals(List.of("$100K", "$150K", "$200K", "$250K", "$300K"), chart.ticks().stream().map(RangeChart.Tick::label).toList());
        assertEquals(List.of("0.00", "25.00", "50.00", "75.00", "100.00"), chart.ticks().stream().map(RangeChart.Tick::left).toList());
        RangeChart.Bar a = chart.bars().get(0);
        assertEquals("25.00", a.left());
        assertEquals("25.00", a.width());
        assertEquals("$150,000 \u2013 $200,000", a.value());
        assertEquals("source", a.kind());
        assertEquals("5.00", chart.bars().get(1).left());
        assertEquals("90.00", chart.bars().get(1).width());
        assertEquals("32.50", chart.markers().get(0).left());
        assertEquals("$165,000", chart.markers().get(0).value());
    }

    @Test
    void keepsTicksFewOnWideRanges() {
        RangeChart chart = RangeChart.builder().bar("wide", new Range(40_000, 1_400_000), "source").build();
        assertTrue(chart.ticks().size() <= 7 && chart.ticks().size() >= 2, chart.ticks().toString());
        assertEquals("0.00", chart.ticks().get(0).left());
        assertEquals("100.00", chart.ticks().get(chart.ticks().size() - 1).left());
    }

    @Test
    void aSinglePointStillShowsAsASliver() {
        RangeChart chart = RangeChart.builder().bar("point", new Range(150_000, 150_000), "source").build();
        assertEquals("0.50", chart.bars().get(0).width());
        assertTrue(chart.ticks().size() >= 2);
    }

    @Test
    void needsABar() {
        assertThrows(IllegalStateException.class, () -> RangeChart.builder().marker("Budget", 1, "budget").build());
    }
}
