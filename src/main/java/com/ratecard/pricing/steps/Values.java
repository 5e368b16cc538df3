package com.ratecard.pricing.steps;

import java.util.Map;

/** The figures of one evaluation of the steps. */
public final class Values {
    private final Map<Figure, Double> values;

    Values(Map<Figure, Double> values) {
        this.values = Map.copyOf(values);
    }

    public double get(Figure figure) {
        Double value = values.get(figure);
        if (value == null) throw new IllegalArgumentException("no figure " + figure);
        return value;
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
