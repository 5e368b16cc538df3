package com.ratecard.data;

/** A country, region or city outside the US: the guide covers US markets only. */
public record ForeignPlace(String name, String country, Provenance provenance) {}
