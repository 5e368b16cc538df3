package com.ratecard.delivery.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * When to try again: transient failures before the end of a message's data (connection refused or
 * dropped, timeouts, 4xx replies) are retried with exponential backoff; permanent ones (5xx) fail
 * the message; an SMTP host that does not resolve, authentication and TLS failures stop the run,
 * since every following message would fail the same way. (A failure after the end of the data is
 * not retried at all: see {@link SmtpTransport.InDoubt}.)
 */
public final class Retry {
    /** TRANSIENT: try again. PERMANENT: this message cannot be sent. FATAL: no message can be sent. */
    public enum Kind { TRANSIENT, PERMANENT, FATAL }

    /** A classified failure. connection: the server could not be reached or dropped us. */
    public record Failure(Kind kind, String reason, boolean connection) {}

    private static final Pattern GREETING = Pattern.compile("bad greeting.*response: (.*)$", Pattern.DOTALL);

    private final int retries;
    private final Duration initial;
    private final Duration max;

    public Retry(int retries, Duration initial, Duration max) {
        this.retries = Math.max(0, retries);
        this.initial = initial;
        this.max = max;
    }

    /** Retries after the first attempt. */
    public int retries() {
        return retries;
    }

    /** The wait before retry number {@code retry} (1-based): initial × 2^(retry-1), capped, ±20 % jitter. */
    public Duration delay(int retry) {
        double base = initial.toMillis() * Math.pow(2, Math.max(0, retry - 1));
        double capped = Math.min(base, max.toMillis());
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(capped * jitter));
    }

    public static Failure classify(Throwable error) {
        List<Throwable> chain = chain(error);
        for (Throwable t : chain) {
            if (t instanceof UnknownHostException) {
                return new Failure(Kind.FATAL, "cannot resolve SMTP host " + oneLine(t.getMessage(), "(unknown)"), true);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof AuthenticationFailedException) {
                return new Failure(Kind.FATAL, "SMTP authentication failed (" + oneLine(t.getMessage(), "rejected") + ")", false);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SSLException || t instanceof CertificateException) {
                return new Failure(Kind.FATAL, "TLS failed (" + oneLine(t.getMessage(), t.getClass().getSimpleName()) + ")", false);
            }
            if (t instanceof MessagingException && t.getMessage() != null && t.getMessage().contains("STARTTLS")) {
                return new Failure(Kind.FATAL, oneLine(t.getMessage(), "STARTTLS failed"), false);
            }
        }
        List<String> rejected = new ArrayList<>();
        boolean anyTransient = false;
        for (Throwable t : chain) {
            if (t instanceof SMTPAddressFailedException a) {
                int code = a.getReturnCode();
                rejected.add(bare(a.getAddress()) + ": " + oneLine(a.getMessage(), String.valueOf(code)));
                if (code >= 500) {
                    return new Failure(Kind.PERMANENT, "recipient rejected by the server: " + rejected.get(rejected.size() - 1), false);
                }
                anyTransient |= code >= 400;
            }
        }
        if (anyTransient) return new Failure(Kind.TRANSIENT, "recipient deferred by the server: " + String.join("; ", rejected), false);
        for (Throwable t : chain) {
            if (t instanceof SMTPSenderFailedException s) {
                return new Failure(s.getReturnCode() >= 500 ? Kind.PERMANENT : Kind.TRANSIENT,
                        "sender " + bare(s.getAddress()) + " refused by the server: " + oneLine(s.getMessage(), String.valueOf(s.getReturnCode())), false);
            }
            if (t instanceof SMTPSendFailedException s && !(t instanceof SMTPAddressFailedException)) {
                int code = s.getReturnCode();
                Kind kind = code >= 400 && code < 500 ? Kind.TRANSIENT : code >= 500 ? Kind.PERMANENT : Kind.TRANSIENT;
                return new Failure(kind, "server replied " + oneLine(s.getMessage(), String.valueOf(code)), code < 400);
            }
        }
        for (Throwable t : chain) {
            // Jakarta Mail reports a refusing greeting ("421 busy", "554 go away") only in words
            Matcher greeting = t instanceof MessagingException && t.getMessage() != null ? GREETING.matcher(t.getMessage()) : null;
            if (greeting != null && greeting.find()) {
                String reason = "the SMTP server refused the connection (" + oneLine(greeting.group(1), "no greeting") + ")";
                return greeting.group(1).startsWith("4") ? new Failure(Kind.TRANSIENT, reason, true) : new Failure(Kind.FATAL, reason, true);
            }
            if (t instanceof MailConnectException || t instanceof ConnectException) {
                return new Failure(Kind.TRANSIENT, "cannot connect to the SMTP server (" + oneLine(t.getMessage(), "connection refused") + ")", true);
            }
            if (t instanceof SocketTimeoutException) {
                return new Failure(Kind.TRANSIENT, "the SMTP server timed out (" + oneLine(t.getMessage(), "timeout") + ")", true);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof IOException) {
                return new Failure(Kind.TRANSIENT, "connection problem (" + oneLine(t.getMessage(), t.getClass().getSimpleName()) + ")", true);
            }
        }
        return new Failure(Kind.PERMANENT, oneLine(error.getMessage(), error.getClass().getSimpleName()), false);
    }

    /** The exception, its causes and Jakarta Mail's "next" exceptions, each once. */
    private static List<Throwable> chain(Throwable error) {
        List<Throwable> out = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> todo = new ArrayList<>(List.of(error));
        while (!todo.isEmpty() && out.size() < 32) {
            Throwable t = todo.remove(0);
            if (t == null || seen.put(t, true) != null) continue;
            out.add(t);
            todo.add(t.getCause());
            if (t instanceof MessagingException m) todo.add(m.getNextException());
        }
        return out;
    }

    private static String bare(jakarta.mail.Address address) {
        return address instanceof jakarta.mail.internet.InternetAddress ia ? ia.getAddress() : String.valueOf(address);
    }

    private static String oneLine(String text, String fallback) {
        if (text == null || text.isBlank()) return fallback;
        return text.strip().replaceAll("[\\r\\n]+", " ");
    }
}
