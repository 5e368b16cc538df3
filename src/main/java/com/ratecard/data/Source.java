package com.ratecard.data;

/** A salary aggregator, weighted in the blended market range. */
public record Source(String id, String name, double weight, Provenance provenance) {}
