package com.ratecard.data;

/** A figure the guide states that pricing does not use directly; kept so every figure is on file. */
public record Fact(String id, double low, double high, String unit, String statement, Provenance provenance) {}
