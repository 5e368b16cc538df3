package com.ratecard.pricing;

/** Estimated market percentiles of base salary. */
public record Percentiles(long p10, long p25, long p50, long p75, long p90) {}
