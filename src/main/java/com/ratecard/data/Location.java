package com.ratecard.data;

import java.util.List;

/** A market: its average MLOps salary band and its differential against the national average. */
public record Location(String id, String name, long salaryLow, long salaryHigh, double diffLowPct, double diffHighPct,
                       boolean remote, String note, List<String> aliases, Provenance provenance) {}
