package com.ratecard.cli;

import com.ratecard.data.InputException;
import com.ratecard.delivery.mail.Rate;
import com.ratecard.delivery.mail.Secret;
import com.ratecard.delivery.mail.SendOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The mail options shared by {@code send} and {@code batch --send}. */
final class MailOptions {
    static final String DEFAULT_PASSWORD_ENV = "RATECARD_SMTP_PASSWORD";
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

    @Option(names = "--dry-run", description = "Write each message to OUT/outbox/*.eml instead of sending; nothing is sent or recorded.")
    boolean dryRun;
    @Option(names = "--per", paramLabel = "opening|client", description = "One message per opening (default) or per client.")
    String per = "opening";
    @Option(names = "--resend-changed", description = "Send again deliverables that changed since they were sent.")
    boolean resendChanged;
    @Option(names = "--resend-in-doubt", description = "Send again messages in doubt (the connection failed after their data), under the same Message-ID.")
    boolean resendInDoubt;

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "SMTP server (required unless --dry-run).")
    String host;
    @Option(names = "--smtp-port", paramLabel = "PORT", description = "SMTP port (default: 25, 587 with --starttls, 465 with --ssl).")
    int port;
    @Option(names = "--smtp-user", paramLabel = "USER", description = "Log in (SMTP AUTH) as USER; needs --starttls or --ssl unless the server is local.")
    String user;
    @Option(names = "--smtp-password-env", paramLabel = "NAME",
            description = "Environment variable holding the password (default: ${DEFAULT-VALUE}).")
    String passwordEnv = DEFAULT_PASSWORD_ENV;
    @Option(names = "--smtp-password-file", paramLabel = "FILE", description = "File holding the password (one line; keep it chmod 600).")
    Path passwordFile;
    @Option(names = "--starttls", description = "Upgrade the connection with STARTTLS; refuse to continue without it.")
    boolean starttls;
    @Option(names = "--ssl", description = "Connect with TLS from the start (SMTPS).")
    boolean ssl;
    @Option(names = "--smtp-ca-cert", paramLabel = "FILE", description = "Trust only this certificate (PEM or DER) for TLS, e.g. a private relay's CA.")
    Path caCert;
    @Option(names = "--smtp-timeout", paramLabel = "SECONDS", description = "Connect, read and write timeout (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 30;

    @Option(names = "--from", paramLabel = "ADDRESS", description = "Sender, e.g. \"Priya <priya@agency.example>\" (default: the brand's).")
    String from;
    @Option(names = "--reply-to", paramLabel = "ADDRESS", description = "Reply-To (default: the brand's).")
    String replyTo;
    @Option(names = "--cc", paramLabel = "ADDRESS", description = "Cc; repeatable; replaces the brand's cc list (--cc= for none).")
    List<String> cc;
    @Option(names = "--bcc", paramLabel = "ADDRESS", description = "Bcc; repeatable; replaces the brand's bcc list (--bcc= for none).")
    List<String> bcc;
    @Option(names = "--cc-account-manager", description = "Cc each opening's account manager.")
    boolean ccAccountManager;

    @Option(names = "--rate", paramLabel = "N/min", description = "Send at most N messages a minute (also N/s, N/h).")
    String rate;
    @Option(names = "--retries", paramLabel = "N", description = "Retries of a transient failure (default: ${DEFAULT-VALUE}).")
    int retries = 5;
    @Option(names = "--retry-delay", paramLabel = "TIME", description = "First retry delay, doubled each time: 500ms, 2s, 1m (default: ${DEFAULT-VALUE}).")
    String retryDelay = "2s";
    /** The environment; a field so that tests can replace it. */
    Function<String, String> environment = System::getenv;

    /** Checked options for a send with the given brand (null: the manifest's). */
    SendOptions toSendOptions(String brand, PrintWriter stderr) {
        if (starttls && ssl) throw new BadOption("ssl", "--starttls and --ssl: choose one");
        if (retries < 0) throw new BadOption("retries", "--retries: " + retries + "; expected 0 or more");
        if (timeoutSeconds <= 0) throw new BadOption("smtp-timeout", "--smtp-timeout: " + timeoutSeconds + "; expected seconds > 0");
        SendOptions.Per mode = switch (per.toLowerCase(Locale.ROOT)) {
            case "opening" -> SendOptions.Per.OPENING;
            case "client" -> SendOptions.Per.CLIENT;
            default -> throw new BadOption("per", "--per: \"" + per + "\"; expected opening or client");
        };
        if (caCert != null && !Files.isRegularFile(caCert)) {
            throw new InputException("smtp-ca-cert", "--smtp-ca-cert: " + caCert + " not found; expected a PEM or DER certificate");
        }
        Duration delay = duration(retryDelay);
        return SendOptions.builder()
                .templates(Home.dir().resolve("templates"))
                .brand(brand)
                .per(mode)
                .dryRun(dryRun)
                .resendChanged(resendChanged)
                .resendInDoubt(resendInDoubt)
                .smtpHost(host)
                .smtpPort(port)
                .security(ssl ? SendOptions.Security.SSL : starttls ? SendOptions.Security.STARTTLS : SendOptions.Security.NONE)
                .smtpUser(user)
                .smtpPassword(dryRun ? null : password(stderr))
                .caCert(caCert)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .from(from)
                .replyTo(replyTo)
                .cc(cc)
                .bcc(bcc)
                .ccAccountManager(ccAccountManager)
                .rate(rate == null ? Rate.UNLIMITED : Rate.parse(rate))
                .retries(retries)
                .retryDelay(delay)
                .maxRetryDelay(Duration.ofMillis(Math.max(delay.toMillis(), 60_000)))
                .build();
    }

    /** The password from --smtp-password-file or the environment; null without --smtp-user. */
    private Secret password(PrintWriter stderr) {
        if (user == null) {
            if (passwordFile != null) throw new BadOption("smtp-password-file", "--smtp-password-file needs --smtp-user");
            return null;
        }
        if (passwordFile != null) {
            String text;
            try {
                text = Files.readString(passwordFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException("smtp-password-file", "--smtp-password-file: " + passwordFile + " cannot be read ("
                        + e.getClass().getSimpleName() + "); expected a file holding the password");
            }
            warnIfShared(passwordFile, stderr);
            String password = text.replaceFirst("\\r?\\n\\z", "");
            if (password.isEmpty() || password.contains("\n")) {
                throw new InputException("smtp-password-file", "--smtp-password-file: " + passwordFile
                        + (password.isEmpty() ? " is empty" : " has more than one line") + "; expected the password on one line");
            }
            return Secret.of(password);
        }
        String name = passwordEnv == null || passwordEnv.isBlank() ? DEFAULT_PASSWORD_ENV : passwordEnv;
        String password = environment.apply(name);
        if (password == null || password.isEmpty()) {
            throw new InputException("smtp-password", "no SMTP password for --smtp-user " + user + ": set the environment variable " + name
                    + " or give --smtp-password-file FILE (the password is never taken from the command line)");
        }
        return Secret.of(password);
    }

    private static void warnIfShared(Path file, PrintWriter stderr) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                stderr.println("ratecard: warning: " + file + " can be read by other users; chmod 600 it");
                stderr.flush();
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // not a POSIX file system: nothing to check
        }
    }

    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new BadOption("retry-delay", "--retry-delay: \"" + text + "\"; expected a time such as 500ms, 2s or 1m");
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
