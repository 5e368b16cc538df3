package com.ratecard.pricing.steps;

/**
 * An input of the pricing steps: what the Calculator's yellow cells hold. Level, location and
 * engagement are 1-based positions in their lists; a skill or the clearance is 1 when on; the
 * effective date is a day number; the budget is absent when there is none.
 */
public record Input(Kind kind, String skill) {
    public enum Kind { LEVEL, LOCATION, SKILL, CLEARANCE, ENGAGEMENT, BUDGET, BUDGET_HOURLY, EFFECTIVE_DATE }

    public static final Input LEVEL = new Input(Kind.LEVEL, null);
    public static final Input LOCATION = new Input(Kind.LOCATION, null);
    public static final Input CLEARANCE = new Input(Kind.CLEARANCE, null);
    public static final Input ENGAGEMENT = new Input(Kind.ENGAGEMENT, null);
    public static final Input BUDGET = new Input(Kind.BUDGET, null);
    public static final Input BUDGET_HOURLY = new Input(Kind.BUDGET_HOURLY, null);
    public static final Input EFFECTIVE_DATE = new Input(Kind.EFFECTIVE_DATE, null);

    public Input {
        if ((kind == Kind.SKILL) != (skill != null)) throw new IllegalArgumentException("a skill input names its skill");
    }

    public static Input skill(String id) {
        return new Input(Kind.SKILL, id);
    }
}
