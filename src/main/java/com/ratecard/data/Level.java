package com.ratecard.data;

import java.util.List;

/** An experience level; {@code maxYears} is null for the open-ended top level. */
public record Level(String id, String name, int rank, int minYears, Integer maxYears, List<String> aliases,
                   Provenance provenance) {
    public String yearsLabel() {
        return maxYears == null ? minYears + "+ yrs" : minYears + "\u2013" + maxYears + " yrs";
    }
}
