package com.ratecard.delivery.mail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything a send run needs besides the output folder. Build with {@link #builder()}; null
 * overrides mean "use the brand's default". cc and bcc, when given, replace the brand's lists.
 */
public record SendOptions(Path templates, String brand, Per per, boolean dryRun, boolean resendChanged, boolean resendInDoubt, Smtp smtp,
                          String from, String replyTo, List<String> cc, List<String> bcc, boolean ccAccountManager, Rate rate,
                          int retries, Duration retryDelay, Duration maxRetryDelay) {
    public SendOptions {
        cc = cc == null ? null : List.copyOf(cc);
        bcc = bcc == null ? null : List.copyOf(bcc);
    }

    /** One message per opening, or one per client (with the client's zip when there is one). */
    public enum Per { OPENING, CLIENT }

    /** How the connection to the SMTP server is protected. */
    public enum Security { NONE, STARTTLS, SSL }

    /**
     * The SMTP server. port 0 means the usual port for the security (25, 587, 465). password is null
     * without AUTH. caCert, when given, is the only certificate (PEM or DER) trusted for TLS.
     */
    public record Smtp(String host, int port, Security security, String user, Secret password, Path caCert, Duration timeout) {
        public int effectivePort() {
            if (port > 0) return port;
            return switch (security) {
                case SSL -> 465;
                case STARTTLS -> 587;
                case NONE -> 25;
            };
        }

        @Override
        public String toString() {
            return "Smtp[" + host + ":" + effectivePort() + ", " + security + (user == null ? "" : ", user " + user + ", password ****") + "]";
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A fluent builder with the defaults of the send command. */
    public static final class Builder {
        private Path templates = Path.of("templates");
        private String brand;
        private Per per = Per.OPENING;
        private boolean dryRun;
        private boolean resendChanged;
        private boolean resendInDoubt;
        private String host;
        private int port;
        private Security security = Security.NONE;
        private String user;
        private Secret password;
        private Path caCert;
        private Duration timeout = Duration.ofSeconds(30);
        private String from;
        private String replyTo;
        private List<String> cc;
        private List<String> bcc;
        private boolean ccAccountManager;
        private Rate rate = Rate.UNLIMITED;
        private int retries = 5;
        private Duration retryDelay = Duration.ofSeconds(2);
        private Duration maxRetryDelay = Duration.ofSeconds(60);

        public Builder templates(Path v) { templates = v; return this; }
        public Builder brand(String v) { brand = v; return this; }
        public Builder per(Per v) { per = v; return this; }
        public Builder dryRun(boolean v) { dryRun = v; return this; }
        public Builder resendChanged(boolean v) { resendChanged = v; return this; }
        public Builder resendInDoubt(boolean v) { resendInDoubt = v; return this; }
        public Builder smtpHost(String v) { host = v; return this; }
        public Builder smtpPort(int v) { port = v; return this; }
        public Builder security(Security v) { security = v; return this; }
        public Builder smtpUser(String v) { user = v; return this; }
        public Builder smtpPassword(Secret v) { password = v; return this; }
        public Builder caCert(Path v) { caCert = v; return this; }
        public Builder timeout(Duration v) { timeout = v; return this; }
        public Builder from(String v) { from = v; return this; }
        public Builder replyTo(String v) { replyTo = v; return this; }
        public Builder cc(List<String> v) { cc = v; return this; }
        public Builder bcc(List<String> v) { bcc = v; return this; }
        public Builder ccAccountManager(boolean v) { ccAccountManager = v; return this; }
        public Builder rate(Rate v) { rate = v; return this; }
        public Builder retries(int v) { retries = v; return this; }
        public Builder retryDelay(Duration v) { retryDelay = v; return this; }
        public Builder maxRetryDelay(Duration v) { maxRetryDelay = v; return this; }

        public SendOptions build() {
            return new SendOptions(templates, brand, per, dryRun, resendChanged, resendInDoubt,
                    new Smtp(host, port, security, user, password, caCert, timeout), from, replyTo, cc, bcc, ccAccountManager, rate,
                    retries, retryDelay, maxRetryDelay);
        }
    }
}
