package com.ratecard.pricing;

/**
 * The one distribution a quote reads everything against: the hiring market for this opening, a
 * normal curve whose middle {@code coveragePct} is the recommended range. The budget's
 * percentile, the verdict, the chart and the levers all read it. The aggregators' blend is
 * evidence beside it ({@code aggregators}), lower for the reason in {@code whyAggregatorsReadLower}.
 */
public record HiringMarket(Range range, Percentiles percentiles, double coveragePct, Range aggregators,
                           String whyAggregatorsReadLower) {}
