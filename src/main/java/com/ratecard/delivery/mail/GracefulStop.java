package com.ratecard.delivery.mail;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets Ctrl-C and SIGTERM stop a run between messages, never inside one: the sending thread holds
 * the in-flight lock from the "sending" ledger line until the outcome is recorded; the shutdown hook
 * raises the stop flag and waits for that lock, so the JVM exits only once the ledger is true.
 */
final class GracefulStop {
    /** A registered shutdown hook; closing removes it. */
    interface Hook extends AutoCloseable {
        @Override
        void close();
    }

    private final ReentrantLock inFlight = new ReentrantLock();
    private final SendOptions.Smtp smtp;
    private volatile boolean stopping;

    /** The SMTP timeout bounds how long the hook waits for the message in flight; it is read only when the hook runs. */
    GracefulStop(SendOptions.Smtp smtp) {
        this.smtp = smtp;
    }

    boolean stopping() {
        return stopping;
    }

    /** Stops the run before the next message (an interrupt while throttling, say). */
    void stop() {
        stopping = true;
    }

    /** Marks a message attempt as in flight; a stop waits until {@link #leave}. */
    void enter() {
        inFlight.lock();
    }

    /** Ends the attempt of this thread, if it is in one (so it may be called twice). */
    void leave() {
        if (inFlight.isHeldByCurrentThread()) inFlight.unlock();
    }

    /** Registers the shutdown hook for the duration of a real send. */
    Hook installHook() {
        Thread hook = new Thread(this::waitForMessageInFlight, "ratecard-send-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting; the hook is running
            }
        };
    }

    /** Shutdown hook: let the message in flight finish and be recorded, then let the JVM exit. */
    private void waitForMessageInFlight() {
        stopping = true;
        try {
            // a connect and a send, each bounded by the SMTP timeout, plus a margin for the ledger
            if (inFlight.tryLock(smtp.timeout().toMillis() * 2 + 5_000, TimeUnit.MILLISECONDS)) {
                // Hold it: the sending thread stops before the next message.
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
