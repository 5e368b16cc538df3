package com.ratecard.pricing;

/** Hourly pay and bill rates for contract work; {@code guideBand} is the guide's typical band. */
public record ContractTerms(HourlyRange payRate, HourlyRange billRate, double payUpliftPct, double markupPct,
                            double marginPct, int hoursPerYear, HourlyRange guideBand) {}
