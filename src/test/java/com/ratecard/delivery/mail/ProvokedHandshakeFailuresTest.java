package com.ratecard.delivery.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The filter drops only the handshake failures the TLS tests provoke, never another failure. */
class ProvokedHandshakeFailuresTest {
    private static Thread named(String name) {
        return new Thread(() -> { }, name);
    }

    @Test
    void aHandshakeFailureInAGreenMailHandlerIsDropped() {
        var e = new IllegalStateException("Unexpected error handling connection",
                new javax.net.ssl.SSLException("closed", new SSLHandshakeException("Received fatal alert: certificate_unknown")));
        assertTrue(ProvokedHandshakeFailures.provoked(named("smtps:127.0.0.1:4650<-/127.0.0.1:5000"), e));
    }

    @Test
    void anythingElseStillShows() {
        assertFalse(ProvokedHandshakeFailures.provoked(named("smtps:127.0.0.1:4650<-/127.0.0.1:5000"),
                new IllegalStateException("Unexpected error handling connection", new java.io.IOException("disk full"))));
        assertFalse(ProvokedHandshakeFailures.provoked(named("batch-worker-1"), new SSLHandshakeException("certificate_unknown")));
    }
}
