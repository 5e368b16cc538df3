package com.ratecard.delivery.mail;

import javax.net.ssl.SSLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * GreenMail's SMTPS handler threads let a failed TLS handshake escape as an uncaught exception
 * ("Unexpected error handling connection", caused by "certificate_unknown"), which the JVM's default
 * handler prints as a stack trace, although the test provoked it: the client refused the server's
 * certificate, as it must. While a test class runs, this drops exactly those: uncaught in a GreenMail
 * SMTP handler thread and caused by an SSLException. Anything else goes to the handler that was
 * there before (by default, the thread group's, which prints it), so real failures still show.
 */
final class ProvokedHandshakeFailures implements BeforeAllCallback, AfterAllCallback {
    private Thread.UncaughtExceptionHandler previous;

    @Override
    public void beforeAll(ExtensionContext context) {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (provoked(thread, e)) return;
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                thread.getThreadGroup().uncaughtException(thread, e);
            }
        });
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }

    /** GreenMail names its handler threads "smtp:host:port<-client" and "smtps:...". */
    static boolean provoked(Thread thread, Throwable e) {
        if (!thread.getName().startsWith("smtp")) return false;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) return true;
        }
        return false;
    }
}
