package com.ratecard.pricing.steps;

/** What a computed figure is; internal kinds are the agency's alone. */
public enum FigureKind {
    BASE_LOW, BASE_HIGH,
    LOCATION_LOW, LOCATION_HIGH,
    SKILL_SHARE, SKILL_ADD_LOW, SKILL_ADD_HIGH, SKILLS_LOW, SKILLS_HIGH,
    COMBO_APPLIES, COMBO_LOW, COMBO_HIGH,
    CLEARANCE_LOW, CLEARANCE_HIGH,
    FLOOR_TARGET, FLOOR_LOW, FLOOR_HIGH,
    AGING_DAYS, AGING_FACTOR,
    RECOMMENDED_LOW, RECOMMENDED_HIGH, RECOMMENDED_MID,
    Z, MEAN, SIGMA, P10, P25, P50, P75, P90,
    TOTAL_COMP_LOW, TOTAL_COMP_HIGH,
    BILL_LOW, BILL_HIGH,
    PAY_LOW(true), PAY_HIGH(true), MARGIN(true),
    ANNUAL_BILL_LOW, ANNUAL_BILL_HIGH,
    DIRECT_HIRE_FEE_LOW, DIRECT_HIRE_FEE_HIGH,
    CONVERSION_FEE_LOW, CONVERSION_FEE_HIGH,
    C2H_BILLING_LOW, C2H_BILLING_HIGH,
    CONTRACT_TERM_LOW, CONTRACT_TERM_HIGH,
    BUDGET_UNIT, BUDGET_UNIT_LOW, BUDGET_UNIT_HIGH, BUDGET_MEAN, BUDGET_SIGMA, BUDGET_P10, BUDGET_P50, BUDGET_P90,
    BUDGET_PERCENTILE, BUDGET_PERCENTILE_SHOWN, BUDGET_FLOOR, VERDICT, GAP, GAP_SHARE;

    private final boolean internal;

    FigureKind() {
        this(false);
    }

    FigureKind(boolean internal) {
        this.internal = internal;
    }

    public boolean internal() {
        return internal;
    }
}
