package com.ratecard.data;

import java.util.List;

/** A budgeting statement of the guide: a low-high band in a unit, for some levels and a region. */
public record Guidance(String id, List<String> levelIds, String regionId, double low, double high, String unit,
                       Provenance provenance) {}
