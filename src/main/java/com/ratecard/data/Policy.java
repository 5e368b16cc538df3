package com.ratecard.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The agency's policy values, every {@link PolicyKey} present and in its unit (checked at load). */
public record Policy(Map<PolicyKey, PolicyValue> values) {
    public Policy {
        values = Map.copyOf(values);
    }

    public PolicyValue get(PolicyKey key) {
        PolicyValue value = values.get(key);
        if (value == null) throw new IllegalArgumentException("no policy value " + key.key());
        return value;
    }

    public double number(PolicyKey key) {
        return get(key).number();
    }

    /** A percentage as a fraction (45 -> 0.45); other values as they are. */
    public double value(PolicyKey key) {
        return key.percent() ? get(key).fraction() : get(key).number();
    }

    public LocalDate dataAsOf() {
        return LocalDate.parse(get(PolicyKey.DATA_AS_OF).value());
    }

    /** In the order of policy.csv. */
    public List<PolicyValue> all() {
        return values.values().stream().sorted(Comparator.comparingInt(v -> v.provenance().line())).toList();
    }
}
