package com.ratecard.pricing;

import java.util.List;

/** Every alternative a document shows, priced by the engine: each level, each market, each role. */
public record Alternatives(List<Alternative> levels, List<Alternative> markets, List<Alternative> roles) {
    public Alternatives {
        levels = List.copyOf(levels);
        markets = List.copyOf(markets);
        roles = List.copyOf(roles);
    }
}
