package com.ratecard.data;

import java.util.List;

/** A combination of skills the guide singles out. */
public record SkillCombo(String id, String name, List<String> requiredSkillIds, Provenance provenance) {}
