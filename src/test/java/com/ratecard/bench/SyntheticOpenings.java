package com.ratecard.bench;

import java.nio.file.Path;

/** {@code SyntheticOpenings N FILE}: writes the batch benchmark's N synthetic openings as a CSV (for bench.sh peer). */
public final class SyntheticOpenings {
    private SyntheticOpenings() {}

    public static void main(String[] args) throws Exception {
        BatchBenchmark.write(Path.of(args[1]), Integer.parseInt(args[0]));
    }
}
