package com.ratecard.data;

/**
 * A US place that the guide does not list by name, and the market it is priced in: a suburb or
 * neighbour of a listed market, or a city priced as most US markets. {@code note} is empty when
 * the quote should say the usual sentence.
 */
public record Place(String name, String stateCode, String locationId, String note, Provenance provenance) {}
