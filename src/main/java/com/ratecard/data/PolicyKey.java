package com.ratecard.data;

import java.util.Locale;

/** Every agency setting pricing reads, with the unit its row in {@code policy.csv} must have. */
public enum PolicyKey {
    DATA_AS_OF("date"),
    AGING_RATE("pct-per-year"),
    HOURS_PER_YEAR("hours"),
    CONTRACT_RATE_PREMIUM("pct"),
    MARKUP("pct"),
    DIRECT_HIRE_FEE("pct"),
    C2H_CONVERSION_FEE("pct"),
    C2H_CONTRACT_MONTHS("months"),
    CONTRACT_TERM_MONTHS("months"),
    ADDITIONAL_PREMIUM_SHARE("pct"),
    COMBO_UPLIFT("usd"),
    TOTAL_COMP_UPLIFT_LOW_JUNIOR("pct"),
    TOTAL_COMP_UPLIFT_HIGH_JUNIOR("pct"),
    RECOMMENDED_COVERAGE("pct"),
    FLOOR_PERCENTILE("pct"),
    FLOOR_ENTRY("usd"),
    FLOOR_PRODUCTION("usd"),
    CONFIDENCE_HIGH_CV("pct"),
    CONFIDENCE_MEDIUM_CV("pct"),
    BUDGET_MIN("usd"),
    BUDGET_MAX("usd"),
    BUDGET_HOURLY_MIN("usd-per-hour"),
    BUDGET_HOURLY_MAX("usd-per-hour");

    private final String unit;

    PolicyKey(String unit) {
        this.unit = unit;
    }

    /** The key as written in policy.csv: {@code MARKUP} is "markup". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String unit() {
        return unit;
    }

    /** Percentages are used as fractions (45 -> 0.45). */
    public boolean percent() {
        return unit.startsWith("pct");
    }

    public static PolicyKey of(String key) {
        for (PolicyKey k : values()) if (k.key().equals(key)) return k;
        return null;
    }
}
