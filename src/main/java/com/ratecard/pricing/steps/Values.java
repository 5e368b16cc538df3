package com.ratecard.pricing.steps;

import java.util.Map;

/** The figures of one evaluation of the steps. */
public final class Values {
    private final Map<Figure, Integer> positions;
    private final double[] values;

    Values(Map<Figure, Integer> positions, double[] values) {
        this.positions = positions;
        this.values = values;
    }

    public double get(Figure figure) {
        Integer i = positions.get(figure);
        if (i == null) throw new IllegalArgumentException("no figure " + figure);
        return values[i];
    }

    public double get(FigureKind kind) {
        return get(Figure.of(kind));
    }

    /** A whole-dollar figure. */
    public long dollars(FigureKind kind) {
        return Math.round(get(kind));
    }

    public boolean present(FigureKind kind) {
        return !Double.isNaN(get(kind));
    }
}
