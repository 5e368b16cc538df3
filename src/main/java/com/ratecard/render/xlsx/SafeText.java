package com.ratecard.render.xlsx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from inputs made safe for a cell: always written as a string (never a formula), within
 * Excel's 32,767-character cell limit, without characters XML cannot hold, and with literal
 * "_xHHHH_" sequences escaped so Excel does not decode them into other characters.
 */
final class SafeText {
    /** Excel's limit on the characters in one cell. */
    static final int CELL_LIMIT = 32_767;
    /** Excel's limit on a header or footer section, with room for the other codes around it. */
    static final int HEADER_LIMIT = 100;
    private static final Pattern ESCAPE_LIKE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private SafeText() {}

    /** The text as it can go into a cell; null becomes empty. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) return "";
        String clean = truncate(xmlSafe(text), CELL_LIMIT);
        // OOXML reads _xHHHH_ as an escaped character; _x005F_ is the escaped underscore.
        return ESCAPE_LIKE.matcher(clean).replaceAll(Matcher.quoteReplacement("_x005F_") + "$1");
    }

    /** A short form for headings and properties: at most {@code max} characters, ending in an ellipsis when cut. */
    static String shorten(String text, int max) {
        String clean = xmlSafe(text == null ? "" : text).strip().replaceAll("\\s+", " ");
        return clean.length() <= max ? clean : truncate(clean, max - 1).stripTrailing() + "\u2026";
    }

    /** Text for a header or footer: "&" starts a control code there, so it is doubled. */
    static String headerFooter(String text) {
        return shorten(text, HEADER_LIMIT).replace("&", "&&");
    }

    /**
     * Whether Excel would read the text as a formula if someone typed it: such cells get the
     * quote-prefix style so that editing them keeps them text.
     */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) return false;
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE)
                    || (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!ok && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (out != null) out.append(ok ? c : '\uFFFD');
        }
        return out == null ? text : out.toString();
    }

    /** Cuts at {@code max} chars without splitting a surrogate pair. */
    private static String truncate(String text, int max) {
        if (text.length() <= max) return text;
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
