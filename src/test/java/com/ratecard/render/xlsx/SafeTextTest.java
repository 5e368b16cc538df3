package com.ratecard.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void nullBecomesEmptyAndPlainTextStaysAsItIs() {
        assertEquals("", SafeText.cell(null));
        assertEquals("Zoë Łukasiewicz 控股", SafeText.cell("Zoë Łukasiewicz 控股"));
    }

    @Test
    void cutsAtTheCellLimitWithoutSplittingASurrogatePair() {
        assertEquals(SafeText.CELL_LIMIT, SafeText.cell("x".repeat(40_000)).length());
        String emoji = "x".repeat(SafeText.CELL_LIMIT - 1) + "\uD83D\uDE00";
        String cut = SafeText.cell(emoji);
        assertEquals(SafeText.CELL_LIMIT - 1, cut.length());
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 1)));
    }

    @Test
    void replacesCharactersXmlCannotHold() {
        assertEquals("a\uFFFDb\tc\nd", SafeText.cell("a\u0001b\tc\nd"));
        assertEquals("\uFFFD", SafeText.cell("\uD800"));
    }

    @Test
    void escapesTextThatExcelWouldReadAsAnEscapedCharacter() {
        assertEquals("_x005F_x0041_", SafeText.cell("_x0041_"));
        assertEquals("_x", SafeText.cell("_x"));
    }

    @Test
    void shortensForHeadingsWithAnEllipsis() {
        assertEquals("Acme", SafeText.shorten("  Acme \n ", 10));
        String short10 = SafeText.shorten("abcdefghijklmnop", 10);
        assertEquals(10, short10.length());
        assertTrue(short10.endsWith("\u2026"));
    }

    @Test
    void doublesAmpersandsInHeadersAndFooters() {
        assertEquals("Cedar && Slate", SafeText.headerFooter("Cedar & Slate"));
        assertTrue(SafeText.headerFooter("x".repeat(500)).length() <= SafeText.HEADER_LIMIT);
    }

    @Test
    void knowsWhatExcelWouldTakeForAFormula() {
        for (String text : new String[] {"=1+1", "+1", "-2", "@SUM(A1)", "\t=x"}) assertTrue(SafeText.looksLikeFormula(text), text);
        for (String text : new String[] {"", "Acme", "1=1", " =x"}) assertFalse(SafeText.looksLikeFormula(text), text);
    }
}
