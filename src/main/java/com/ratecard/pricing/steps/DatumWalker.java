package com.ratecard.pricing.steps;

import java.util.Set;

/** Collects the guide's figures a formula reads. */
final class DatumWalker extends Walker {
    private final Set<Expr.Datum> found;

    DatumWalker(Set<Expr.Datum> found) {
        super(f -> {}, t -> {}, p -> {});
        this.found = found;
    }

    @Override
    public Void datum(Expr.Datum e) {
        found.add(e);
        return null;
    }
}
