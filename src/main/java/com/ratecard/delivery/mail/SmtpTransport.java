package com.ratecard.delivery.mail;

import com.ratecard.data.InputException;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * One SMTP connection, opened on first use and reused for the following messages; reopened after a
 * failure. It tells a failure before the end of the data (the server cannot have the message:
 * safe to retry) from one after it ({@link InDoubt}). Timeouts on connect, read and write; STARTTLS is required when asked for (never falls
 * back to plain text), the server's certificate and host name are always checked. The password is
 * handed to Jakarta Mail only when connecting; mail.debug stays off so it never reaches a log.
 */
public final class SmtpTransport implements AutoCloseable {
    private final SendOptions.Smtp smtp;
    private final Session session;
    private Tracked transport;

    public SmtpTransport(SendOptions.Smtp smtp) {
        this.smtp = smtp;
        this.session = Session.getInstance(properties(smtp));
        this.session.setDebug(false);
    }

    /** A session for composing and parsing only (dry runs). */
    public static Session offlineSession() {
        Properties props = new Properties();
        props.put("mail.mime.allowutf8", "false");
        return Session.getInstance(props);
    }

    public Session session() {
        return session;
    }

    static Properties properties(SendOptions.Smtp smtp) {
        Properties p = new Properties();
        String timeout = String.valueOf(smtp.timeout().toMillis());
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", String.valueOf(smtp.effectivePort()));
        p.put("mail.smtp.connectiontimeout", timeout);
        p.put("mail.smtp.timeout", timeout);
        p.put("mail.smtp.writetimeout", timeout);
        p.put("mail.smtp.auth", String.valueOf(smtp.user() != null));
        p.put("mail.smtp.sendpartial", "false");
        p.put("mail.smtp.ssl.checkserveridentity", "true");
        p.put("mail.smtp.ssl.protocols", "TLSv1.3 TLSv1.2");
        p.put("mail.smtp.localhost", heloName());
        switch (smtp.security()) {
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
            }
            case SSL -> p.put("mail.smtp.ssl.enable", "true");
            case NONE -> { }
        }
        p.put("mail.smtp.socketFactory", NoDelaySockets.plain());
        p.put("mail.smtp.ssl.socketFactory", NoDelaySockets.tls(smtp.caCert() != null ? socketFactory(smtp)
                : (SSLSocketFactory) SSLSocketFactory.getDefault()));
        return p;
    }

    /**
     * The name for EHLO: this machine's host name as configured (no reverse DNS lookup, which Jakarta
     * Mail's default does and which can stall for seconds where DNS is slow).
     */
    private static String heloName() {
        try {
            String name = java.net.InetAddress.getLocalHost().getHostName();
            return name.matches("[A-Za-z0-9.-]{1,253}") ? name : "localhost";
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** TLS that trusts only the given certificate(s): for a relay with a private CA or self-signed certificate. */
    private static SSLSocketFactory socketFactory(SendOptions.Smtp smtp) {
        try (InputStream in = Files.newInputStream(smtp.caCert())) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) throw new GeneralSecurityException("no certificate in the file");
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            int i = 0;
            for (Certificate cert : certs) trust.setCertificateEntry("ca" + i++, cert);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new InputException("smtp-ca-cert", "--smtp-ca-cert: " + smtp.caCert() + ": " + e.getMessage()
                    + "; expected a PEM or DER X.509 certificate");
        }
    }

    /**
     * The server may have the message, or may not: the connection dropped or timed out after the
     * end of the data was sent, before a definite reply. Never retried automatically.
     */
    public static final class InDoubt extends MessagingException {
        InDoubt(MessagingException cause) {
            super("no reply after the end of the data (" + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage().strip().replaceAll("[\\r\\n]+", " ")) + "); the server may or may not have the message", cause);
        }
    }

    /**
     * Sends one message to every recipient it names (To, Cc, Bcc); returns the server's reply.
     * {@code beforeCommit} runs just before the end of the data is sent (the point from which the
     * server may have the message); if it throws, the message is abandoned unsent.
     * @throws InDoubt when the data was complete but no definite reply came
     */
    public String send(MimeMessage message, Address[] recipients, Runnable beforeCommit) throws MessagingException {
        if (transport == null || !transport.isConnected()) connect();
        Tracked t = transport;
        t.arm(beforeCommit);
        try {
            t.sendMessage(message, recipients);
        } catch (MessagingException e) {
            if (t.committed && !definiteReply(e)) throw new InDoubt(e);
            throw e;
        } finally {
            t.arm(null);
        }
        return t.getLastServerResponse();
    }

    /** A 4xx or 5xx reply to the end of the data: the server said it does not take the message. */
    private static boolean definiteReply(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof MessagingException m ? m.getNextException() : null) {
            if (t instanceof SMTPSendFailedException s && s.getReturnCode() >= 400 && s.getReturnCode() < 600) return true;
        }
        return false;
    }

    private void connect() throws MessagingException {
        reset();
        Tracked t = new Tracked(session, new URLName("smtp", smtp.host(), smtp.effectivePort(), null, null, null));
        try {
            if (smtp.user() != null) {
                t.connect(smtp.host(), smtp.effectivePort(), smtp.user(), smtp.password() == null ? null : smtp.password().reveal());
            } else {
                t.connect(smtp.host(), smtp.effectivePort(), null, null);
            }
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(t);
            throw e;
        }
        transport = t;
    }

    /**
     * Jakarta Mail's SMTP transport, told when it is about to send the end of the data and whether
     * it did: a "." that could not be written never reached the server (safe to retry); once it is
     * written, the server may have the message.
     */
    private static final class Tracked extends SMTPTransport {
        private Runnable beforeCommit;
        private boolean finishing;
        private boolean committed;

        Tracked(Session session, URLName url) {
            super(session, url);
        }

        void arm(Runnable hook) {
            beforeCommit = hook;
            committed = false;
        }

        @Override
        protected void finishData() throws IOException, MessagingException {
            if (beforeCommit != null) beforeCommit.run();
            finishing = true;
            try {
                super.finishData();
            } finally {
                finishing = false;
            }
        }

        @Override
        protected void sendCommand(String command) throws MessagingException {
            super.sendCommand(command);
            if (finishing && ".".equals(command)) committed = true; // written and flushed: it may arrive
        }

        @Override
        protected void finishBdat() throws IOException, MessagingException {
            if (beforeCommit != null) beforeCommit.run();
            committed = true;
            super.finishBdat();
        }
    }

    /** Drops the connection (after a failure the next send reconnects). */
    public void reset() {
        if (transport != null) closeQuietly(transport);
        transport = null;
    }

    private static void closeQuietly(Transport t) {
        try {
            t.close();
        } catch (MessagingException | RuntimeException ignored) {
            // the connection is being dropped anyway
        }
    }

    @Override
    public void close() {
        reset();
    }
}
