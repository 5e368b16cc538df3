package com.ratecard.cli;

import com.ratecard.data.MarketData;
import com.ratecard.data.match.OpeningMatcher;
import com.ratecard.pricing.PricingEngine;
import picocli.CommandLine.Option;

/** --strict, for the commands that price openings: a skill the guide does not price is an error, not a listed one. */
final class StrictOption {
    @Option(names = "--strict", description = "Refuse a skill the guide does not price (default: accept it and list it as "
            + "not priced by the guide).")
    boolean strict;

    PricingEngine engine(MarketData market) {
        return new PricingEngine(new OpeningMatcher(market, strict ? OpeningMatcher.Unpriced.REFUSE : OpeningMatcher.Unpriced.ACCEPT));
    }
}
