package com.ratecard.data;

import java.util.List;

/** A role the guide compares; only roles with {@code perLevelData} have the per-source level table. */
public record Role(String id, String name, long nationalLow, long nationalHigh, long seniorLow, long seniorHigh,
                   boolean perLevelData, String focus, List<String> aliases, Provenance provenance) {}
