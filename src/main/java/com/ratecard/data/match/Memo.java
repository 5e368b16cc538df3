package com.ratecard.data.match;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a text was read as: the engine reads the same title, place and skills again for
 * every alternative it prices (levels, markets, levers). Thread-safe; bounded (forgets all when
 * full, so a batch of a million distinct titles stays small). Failures are not remembered.
 */
final class Memo<K, V> {
    private static final int MAX = 4096;
    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();
    private final Function<K, V> compute;

    Memo(Function<K, V> compute) {
        this.compute = compute;
    }

    V get(K key) {
        V known = values.get(key);
        if (known != null) return known;
        V value = compute.apply(key);
        if (values.size() >= MAX) values.clear();
        values.put(key, value);
        return value;
    }
}
