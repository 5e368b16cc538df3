package com.ratecard.pricing;

/** What a budget is compared with: the same unit on both sides. */
public enum BudgetUnit {
    /** An annual base salary (direct hire, or contract-to-hire after conversion). */
    BASE("base", "a year"),
    /** An hourly bill rate. */
    HOURLY("hourly", "an hour"),
    /** A year of contract billing. */
    CONTRACT_YEAR("contract-year", "a year of billing");

    private final String id;
    private final String per;

    BudgetUnit(String id, String per) {
        this.id = id;
        this.per = per;
    }

    public String id() {
        return id;
    }

    public String per() {
        return per;
    }

    public int code() {
        return ordinal() + 1;
    }

    public static BudgetUnit ofCode(double code) {
        return values()[(int) Math.round(code) - 1];
    }

    public boolean hourly() {
        return this == HOURLY;
    }
}
