package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FigureBreaksTest {
    @Test
    void neverBreaksInsideAFigure() {
        String text = "bills $120.00/h, +12.4% for 5\u20138 years: $185,000 \u2013 $220,000 or $1,250 a week";
        assertFalse(FigureBreaks.allowed(text, text.indexOf("/h")), "before a unit");
        assertFalse(FigureBreaks.allowed(text, text.indexOf("4%")), "inside a number");
        assertFalse(FigureBreaks.allowed(text, text.indexOf("8 years")), "after a range's dash");
        assertFalse(FigureBreaks.allowed(text, text.indexOf("\u2013 $220")), "before a range's dash");
        assertFalse(FigureBreaks.allowed(text, text.indexOf("$220")), "after a range's dash and space");
        assertFalse(FigureBreaks.allowed(text, text.indexOf("250")), "after a thousands comma");
        assertTrue(FigureBreaks.allowed(text, text.indexOf("bills") + 6), "between words");
        assertTrue(FigureBreaks.allowed(text, text.indexOf("or $")), "after a figure");
    }
}
