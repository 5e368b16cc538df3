package com.ratecard.pricing;

/**
 * A change to the opening that moves the recommended minimum by {@code effect} dollars
 * (negative: cheaper); {@code closesGap} when the budget would then be enough.
 */
public record Lever(String id, String label, long effect, long newMinimum, boolean closesGap, String detail) {}
