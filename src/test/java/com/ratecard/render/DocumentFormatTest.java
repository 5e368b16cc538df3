package com.ratecard.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {
    @Test
    void datesFollowTheLocalesLongForm() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        assertEquals("November 29, 2026", DocumentFormat.US.date(day));
        assertEquals("November 29, 2026", DocumentFormat.of(null).date(day));
        assertEquals("29 November 2026", DocumentFormat.of(Locale.forLanguageTag("en-GB")).date(day));
    }

    @Test
    void percentilesAreOrdinalsWithinTheCurve() {
        assertEquals("23rd percentile", DocumentFormat.percentile(23));
        assertEquals("1st percentile", DocumentFormat.percentile(1));
        assertEquals("1st percentile", DocumentFormat.percentile(0), "never 0th or P0");
        assertEquals("99th percentile", DocumentFormat.percentile(100));
        assertEquals("12th percentile", DocumentFormat.percentile(12));
        assertEquals("42nd percentile", DocumentFormat.percentile(42));
        assertEquals("111th", DocumentFormat.ordinal(111));
        assertEquals("101st", DocumentFormat.ordinal(101));
    }
}
