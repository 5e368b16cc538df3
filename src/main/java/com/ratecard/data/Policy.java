package com.ratecard.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The agency's policy values, all present and typed (checked at load). */
public record Policy(Map<String, PolicyValue> values) {
    /** Every key pricing reads, with the unit it must be in. */
    static final Map<String, String> REQUIRED = Map.ofEntries(
            Map.entry("data-as-of", "date"), Map.entry("aging-rate", "pct-per-year"),
            Map.entry("hours-per-year", "hours"), Map.entry("contract-pay-uplift", "pct"),
            Map.entry("markup", "pct"), Map.entry("direct-hire-fee", "pct"),
            Map.entry("c2h-conversion-fee", "pct"), Map.entry("c2h-contract-months", "months"),
            Map.entry("additional-premium-share", "pct"), Map.entry("combo-uplift", "usd"),
            Map.entry("total-comp-uplift-low-junior", "pct"), Map.entry("total-comp-uplift-high-junior", "pct"),
            Map.entry("market-coverage", "pct"), Map.entry("confidence-high-cv", "pct"),
            Map.entry("confidence-medium-cv", "pct"), Map.entry("budget-min", "usd"), Map.entry("budget-max", "usd"),
            Map.entry("budget-hourly-min", "usd-per-hour"), Map.entry("budget-hourly-max", "usd-per-hour"));

    public Policy {
        values = Map.copyOf(values);
    }

    public PolicyValue get(String key) {
        PolicyValue value = values.get(key);
        if (value == null) throw new IllegalArgumentException("no policy value " + key);
        return value;
    }

    public LocalDate dataAsOf() {
        return LocalDate.parse(get("data-as-of").value());
    }

    public List<PolicyValue> all() {
        return values.values().stream().sorted(java.util.Comparator.comparingInt(v -> v.provenance().line())).toList();
    }
}
