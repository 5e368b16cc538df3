package com.ratecard.delivery.mail;

/** Interruptible waits of the send loop (rate limit, retry backoff). */
final class Pause {
    private Pause() {}

    /** Sleeps; false when interrupted, with the interrupt flag set again so callers above still see it. */
    static boolean millis(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
