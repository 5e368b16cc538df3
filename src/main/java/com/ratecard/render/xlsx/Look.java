package com.ratecard.render.xlsx;

/**
 * The looks a cell can have. Each one is a sample cell on the template's hidden "Styles" sheet,
 * found by its id in column A, so a person restyles the workbook by restyling those samples.
 * {@code paint} says which brand colour replaces the sample's own at render time.
 */
enum Look {
    TITLE("title", Paint.PRIMARY_FILL, "Sheet title band"),
    SUBTITLE("subtitle", Paint.MUTED_FONT, "Line under a title"),
    SECTION("section", Paint.PRIMARY_FONT, "Heading of a block on a sheet"),
    HEADER("header", Paint.PRIMARY_FILL, "Table header cells"),
    LABEL("label", Paint.NONE, "Row label, bold"),
    TEXT("text", Paint.NONE, "Plain text"),
    WRAP("wrap", Paint.NONE, "Long text, wrapped"),
    FLAG("flag", Paint.NONE, "Short answer such as yes or no, centred"),
    NOTE("note", Paint.MUTED_FONT, "Small print, wrapped"),
    MONEY("money", Paint.NONE, "Whole dollars"),
    MONEY_KEY("money-key", Paint.NONE, "Headline dollars (the recommendation)"),
    HOURLY("hourly", Paint.NONE, "Dollars and cents per hour"),
    PERCENT("percent", Paint.NONE, "Whole percent"),
    PERCENT_SIGNED("percent-signed", Paint.NONE, "Percent with its sign (differentials)"),
    PERCENT_FINE("percent-fine", Paint.NONE, "Percent with one decimal"),
    NUMBER("number", Paint.NONE, "Whole number"),
    FACTOR("factor", Paint.NONE, "Multiplier with four decimals"),
    DATE("date", Paint.NONE, "Date"),
    VERDICT("verdict", Paint.NONE, "The budget verdict"),
    INPUT("input", Paint.NONE, "Calculator input: text (unlocked)"),
    INPUT_MONEY("input-money", Paint.NONE, "Calculator input: dollars (unlocked)"),
    INPUT_PERCENT("input-percent", Paint.NONE, "Calculator input: percent (unlocked)"),
    INPUT_DATE("input-date", Paint.NONE, "Calculator input: date (unlocked)"),
    HIGHLIGHT("highlight", Paint.ACCENT_FILL, "Row of this opening: its fill and boldness are laid over the row's own looks");

    /** Which brand colour a look takes. */
    enum Paint { NONE, PRIMARY_FILL, PRIMARY_FONT, ACCENT_FILL, MUTED_FONT }

    private final String id;
    private final Paint paint;
    private final String purpose;

    Look(String id, Paint paint, String purpose) {
        this.id = id;
        this.paint = paint;
        this.purpose = purpose;
    }

    String id() {
        return id;
    }

    Paint paint() {
        return paint;
    }

    String purpose() {
        return purpose;
    }
}
