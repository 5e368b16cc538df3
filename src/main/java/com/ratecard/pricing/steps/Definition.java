package com.ratecard.pricing.steps;

/** One figure of the steps and the formula that computes it from inputs, tables and earlier figures. */
public record Definition(Figure figure, Expr expr) {}
