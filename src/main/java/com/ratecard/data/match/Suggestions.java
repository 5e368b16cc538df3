package com.ratecard.data.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The known names closest to a typed one, best first, by {@link Likeness}; only those above its
 * threshold, so an unrelated name is never offered. Each known name is compared in two forms (with
 * synonyms and without), and the better counts. Immutable once built.
 */
final class Suggestions<T> {
    /** One way of writing a known item, and how to show the item in a suggestion. */
    record Key<T>(T item, String display, List<String> forms, List<String> rawForms) {}

    /** A known item and how alike it is to the typed name. */
    record Scored<T>(T item, String display, double score) {}

    private static final int MAX = 3;
    private final List<Key<T>> keys;

    Suggestions(List<Key<T>> keys) {
        this.keys = List.copyOf(keys);
    }

    /** Every item above the threshold with its best score, best first (ties in data order). */
    List<Scored<T>> ranked(List<String> forms, List<String> rawForms) {
        Map<String, Scored<T>> best = new LinkedHashMap<>();
        for (Key<T> key : keys) {
            double score = Math.max(Likeness.of(forms, key.forms()), Likeness.of(rawForms, key.rawForms()));
            if (score < Likeness.SUGGEST) continue;
            Scored<T> old = best.get(key.display());
            if (old == null || old.score() < score) best.put(key.display(), new Scored<>(key.item(), key.display(), score));
        }
        List<Scored<T>> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble((Scored<T> s) -> -s.score()));
        return out;
    }

    /** The names to offer: the best, and others nearly as good (a clear winner is offered alone). */
    List<String> names(List<String> forms, List<String> rawForms) {
        List<Scored<T>> ranked = ranked(forms, rawForms);
        if (ranked.isEmpty()) return List.of();
        double top = ranked.get(0).score();
        return ranked.stream().filter(s -> s.score() >= top - 0.08).limit(MAX).map(Scored::display).toList();
    }
}
