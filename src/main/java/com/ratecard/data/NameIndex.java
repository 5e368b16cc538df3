package com.ratecard.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Finds an item by id, name or alias, forgiving case, spacing and dashes; suggests near misses. */
public final class NameIndex<T> {
    private final String field;
    private final Map<String, T> byKey = new LinkedHashMap<>();
    private final List<T> items;
    private final Function<T, String> displayName;

    public NameIndex(String field, List<T> items, Function<T, String> displayName, Function<T, List<String>> keys) {
        this.field = field;
        this.items = List.copyOf(items);
        this.displayName = displayName;
        for (T item : items) {
            for (String key : keys.apply(item)) byKey.putIfAbsent(normalize(key), item);
        }
    }

    public static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT)
                .replace('\u2013', '-').replace('\u2014', '-').replace('_', ' ')
                .replaceAll("\\s+", " ");
    }

    public Optional<T> find(String name) {
        if (name == null) return Optional.empty();
        return Optional.ofNullable(byKey.get(normalize(name)));
    }

    /** The item, or an {@link UnknownNameException} naming the closest known names. */
    public T resolve(String name) {
        return find(name).orElseThrow(() -> new UnknownNameException(field, name == null ? "" : name.strip(),
                suggest(name == null ? "" : name), items.stream().map(displayName).toList()));
    }

    public List<T> items() {
        return items;
    }

    List<String> suggest(String name) {
        String wanted = normalize(name);
        record Scored(String key, int distance) {}
        List<Scored> scored = new ArrayList<>();
        for (String key : byKey.keySet()) {
            boolean partOf = (key.length() >= 4 && wanted.contains(key)) || (wanted.length() >= 4 && key.contains(wanted))
                    || (wanted.length() >= 3 && key.startsWith(wanted));
            int distance = partOf ? 1 : levenshtein(wanted, key);
            if (distance <= Math.max(2, key.length() / 3)) scored.add(new Scored(key, distance));
        }
        int best = scored.stream().mapToInt(Scored::distance).min().orElse(0);
        // Only the nearest misses: a one-letter typo should not also suggest every loosely similar name.
        return scored.stream().filter(s -> s.distance() <= best + 1).sorted(Comparator.comparingInt(Scored::distance))
                .map(s -> displayName.apply(byKey.get(s.key()))).distinct().limit(3).toList();
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
