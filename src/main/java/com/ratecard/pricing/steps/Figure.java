package com.ratecard.pricing.steps;

/**
 * A figure the steps compute: a kind, and for kinds that repeat (one per premium skill or
 * combination) the item's id.
 */
public record Figure(FigureKind kind, String item) {
    public Figure {
        if (kind == null) throw new IllegalArgumentException("kind is required");
    }

    public static Figure of(FigureKind kind) {
        return new Figure(kind, null);
    }

    public static Figure of(FigureKind kind, String item) {
        return new Figure(kind, item);
    }

    /** Only the agency sees it (pay rate, margin): client documents leave it out. */
    public boolean internal() {
        return kind.internal();
    }

    @Override
    public String toString() {
        return item == null ? kind.name() : kind.name() + "[" + item + "]";
    }
}
