package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ratecard.pricing.HourlyRange;
import com.ratecard.pricing.Range;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void writesMoneyLikeTheCli() {
        assertEquals("$185,000", Formats.money(185_000));
        assertEquals("\u2212$5,550", Formats.money(-5_550));
        assertEquals("+$5,550", Formats.signed(5_550));
        assertEquals("\u2212$5,550", Formats.signed(-5_550));
        assertEquals("+$0", Formats.signed(0));
        assertEquals("$185,000 \u2013 $220,000", Formats.range(new Range(185_000, 220_000)));
        assertEquals("$197.04 \u2013 $248.50/h", Formats.hourly(new HourlyRange(197.04, 248.5)));
        assertEquals("$1,197.00", Formats.hourly(1197));
        assertEquals("$150K", Formats.thousands(150_000));
        assertEquals("$1,250K", Formats.thousands(1_250_000));
    }

    @Test
    void writesPercentagesAndDifferentials() {
        assertEquals("45%", Formats.pct(45));
        assertEquals("31.0%", Formats.pct(31.034));
        assertEquals("+3% to +10%", Formats.signedPctRange(3, 10));
        assertEquals("\u221226% to \u221210%", Formats.signedPctRange(-26, -10));
        assertEquals("0% to +5%", Formats.signedPctRange(0, 5));
    }

    @Test
    void writesDatesAndChartPositions() {
        assertEquals("November 29, 2026", Formats.date(LocalDate.of(2026, 11, 29), com.ratecard.Fixtures.brand("northbeam")));
        assertEquals("37.25", Formats.position(37.249_9));
        assertEquals("100.00", Formats.position(100.2));
        assertEquals("0.00", Formats.position(-3));
    }

    @Test
    void writesOrdinals() {
        assertEquals("1st", Formats.ordinal(1));
        assertEquals("2nd", Formats.ordinal(2));
        assertEquals("3rd", Formats.ordinal(3));
        assertEquals("11th", Formats.ordinal(11));
        assertEquals("12th", Formats.ordinal(12));
        assertEquals("13th", Formats.ordinal(13));
        assertEquals("21st", Formats.ordinal(21));
        assertEquals("54th", Formats.ordinal(54));
        assertEquals("100th", Formats.ordinal(100));
    }

    @Test
    void shortensAtAWordBoundary() {
        assertEquals("Acme", Formats.shorten("Acme", 10));
        assertEquals("Acme Robotics\u2026", Formats.shorten("Acme Robotics International", 20));
        assertEquals("XXXXXXXXX\u2026", Formats.shorten("X".repeat(30), 10));
        // A character outside the BMP is never cut in half.
        String emoji = "ABCDEFGH\uD83D\uDE00IJ";
        assertEquals("ABCDEFGH\uD83D\uDE00\u2026", Formats.shorten(emoji, 10));
        assertEquals("ABCDEFGH\u2026", Formats.shorten(emoji, 9), "never half a character");
        // CJK prints about twice as wide: it takes two columns.
        assertEquals("東京ロボ\u2026", Formats.shorten("東京ロボティクス株式会社", 10));
        assertEquals("東京 Co", Formats.shorten("東京 Co", 7));
    }
}
