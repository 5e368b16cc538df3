package com.ratecard.data;

/** One source's base-salary range for a role at a level, as the guide prints it. */
public record SourceRange(String roleId, String levelId, Source source, long low, long high, Provenance provenance) {}
