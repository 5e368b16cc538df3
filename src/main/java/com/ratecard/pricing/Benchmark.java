package com.ratecard.pricing;

import com.ratecard.data.Provenance;

/**
 * A statement of the guide to hold the quote against: the guide's range, the quote's figure it
 * is compared with ({@code compared}), how they sit, and, unless they match, why in plain words.
 */
public record Benchmark(String id, String label, Range range, Range compared, Provenance provenance, Relation relation,
                        String why) {
    public enum Relation {
        MATCHES, WITHIN, CONTAINS, OVERLAPS, ABOVE, BELOW;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** How the quote's range sits against the guide's. */
        public static Relation of(Range quote, Range guide) {
            if (quote.equals(guide)) return MATCHES;
            if (quote.low() >= guide.low() && quote.high() <= guide.high()) return WITHIN;
            if (quote.low() <= guide.low() && quote.high() >= guide.high()) return CONTAINS;
            if (quote.low() > guide.high()) return ABOVE;
            if (quote.high() < guide.low()) return BELOW;
            return OVERLAPS;
        }
    }

    public boolean departs() {
        return relation == Relation.ABOVE || relation == Relation.BELOW;
    }
}
