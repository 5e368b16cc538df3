package com.ratecard.data.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The known names closest to a typed one, best first, by {@link Likeness}; only those above its
 * threshold, so an unrelated name is never offered. Each known name is compared in two forms (with
 * synonyms and without), and the better counts. Thread-safe.
 */
final class Suggestions<T> {
    /** One way of writing a known item, and how to show the item in a suggestion. */
    record Key<T>(T item, String display, Likeness.Name forms, Likeness.Name rawForms) {
        Key(T item, String display, List<String> forms, List<String> rawForms) {
            this(item, display, Likeness.Name.of(forms), Likeness.Name.of(rawForms));
        }
    }

    /** A known item and how alike it is to the typed name. */
    record Scored<T>(T item, String display, double score) {}

    private static final int MAX = 3;
    private final Supplier<List<Key<T>>> source;
    private volatile List<Key<T>> keys;

    /** The keys are made on first use: most openings are read without needing a suggestion. */
    Suggestions(Supplier<List<Key<T>>> keys) {
        this.source = keys;
    }

    private List<Key<T>> keys() {
        List<Key<T>> known = keys;
        if (known == null) {
            synchronized (this) {
                if (keys == null) keys = List.copyOf(source.get());
                known = keys;
            }
        }
        return known;
    }

    /** Every item above the threshold with its best score, best first (ties in data order). */
    List<Scored<T>> ranked(List<String> forms, List<String> rawForms) {
        Map<String, Scored<T>> best = new LinkedHashMap<>();
        Likeness.Name typed = Likeness.Name.of(forms);
        Likeness.Name typedRaw = Likeness.Name.of(rawForms);
        for (Key<T> key : keys()) {
            double score = Math.max(Likeness.of(typed, key.forms()), Likeness.of(typedRaw, key.rawForms()));
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
