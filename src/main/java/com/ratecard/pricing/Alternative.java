package com.ratecard.pricing;

/**
 * The same opening priced with one thing changed (the level, the market or the role), with the
 * aggregators' evidence for that role and level.
 */
public record Alternative(String id, String name, Range recommended, HourlyRange billRate, Range totalComp,
                          boolean current, Market market) {}
