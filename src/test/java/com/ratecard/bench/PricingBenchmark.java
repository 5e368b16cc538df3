package com.ratecard.bench;

import com.ratecard.Fixtures;
import com.ratecard.data.Opening;
import com.ratecard.pricing.Quote;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./bench.sh PricingBenchmark N}: prices the 24 varied openings N times on one thread (after a
 * warm-up) and prints quotes per second and microseconds per quote, with and without budgets.
 */
public final class PricingBenchmark {
    private PricingBenchmark() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<Opening> openings = Fixtures.varied();
        List<Opening> plain = openings.stream().map(o -> o.withBudget(null)).toList();
        run("warm-up", openings, rounds / 2);
        run("with budgets", openings, rounds);
        run("without budgets", plain, rounds);
    }

    private static void run(String label, List<Opening> openings, int rounds) {
        long sink = 0;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Opening o : openings) {
                Quote q = Fixtures.ENGINE.price(o);
                sink += q.recommendedBase().low();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int n = rounds * openings.size();
        System.out.printf(Locale.ROOT, "%-16s %6d quotes  %8.0f quotes/s  %7.1f us/quote  (%d)%n", label, n, n / seconds,
                seconds * 1e6 / n, sink % 7);
    }
}
