package com.ratecard.pricing;

/** One step of the explanation trail: a figure, its value, how it was reached and where from. */
public record Explanation(String figure, String value, String how, String source) {}
