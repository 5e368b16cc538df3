package com.ratecard.data;

/** A US state (or DC) by its postal code, for places written "City, ST" and states named alone. */
public record UsState(String code, String name, Provenance provenance) {}
