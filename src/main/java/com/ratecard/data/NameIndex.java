package com.ratecard.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds an item by id, name or alias, forgiving case, spacing and dashes: the data's own lookups
 * (a skill id of a combination, the senior level). What users type is read by
 * {@code com.ratecard.data.match.OpeningMatcher}, which also suggests near misses.
 */
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

    /** The item, or an {@link UnknownNameException} listing the known names. */
    public T resolve(String name) {
        return find(name).orElseThrow(() -> new UnknownNameException(field, name == null ? "" : name.strip(), List.of(),
                items.stream().map(displayName).toList()));
    }

    public List<T> items() {
        return items;
    }
}
