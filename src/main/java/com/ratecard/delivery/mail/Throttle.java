package com.ratecard.delivery.mail;

import java.util.concurrent.TimeUnit;

/** Keeps message starts at least the --rate interval apart. Used by the sending thread only. */
final class Throttle {
    private final Rate rate;
    private long lastStart = -1;

    Throttle(Rate rate) {
        this.rate = rate;
    }

    /** Waits for the next start; false when interrupted while waiting. */
    boolean awaitTurn() {
        boolean completed = true;
        long interval = rate.intervalMillis();
        long now = System.nanoTime();
        if (interval > 0 && lastStart >= 0) {
            long waitMillis = interval - TimeUnit.NANOSECONDS.toMillis(now - lastStart);
            if (waitMillis > 0) completed = Pause.millis(waitMillis);
        }
        lastStart = System.nanoTime();
        return completed;
    }
}
