package com.ratecard.pricing;

import com.ratecard.data.Provenance;

/** A statement of the guide to hold the quote against (budget guidance, a regional band...). */
public record Benchmark(String label, Range range, Provenance provenance) {}
