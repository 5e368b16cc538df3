package com.ratecard.delivery.mail;

import com.ratecard.data.InputException;
import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.SafeNames;
import com.ratecard.delivery.WrittenFile;
import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandLoader;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends the deliverables listed in {@code out/manifest.json}: plans the messages, leaves out what the
 * ledger says was already delivered, checks every attachment against the manifest, composes, and
 * sends with retries (or writes the outbox in a dry run). This is the API the batch command calls.
 *
 * <p>Exactly-once as far as SMTP allows: a "sending" line is forced to the ledger before a message
 * goes out and a "sent" line right after the server accepts it. Only a hard kill (or power loss)
 * between the server's acceptance and that fsync can cause one duplicate on the next run; the
 * duplicate carries the same Message-ID and the run reports it. Ctrl-C and SIGTERM wait for the
 * message in flight to be recorded before the process exits.
 */
public final class MailDelivery {
    public static final String LOCK_FILE = ".send.lock";

    private final Path out;
    private final SendOptions options;
    private final PrintWriter progress;
    private final SendReport report;
    private final ReentrantLock critical = new ReentrantLock();
    private volatile boolean stopping;
    private long lastStart = -1;

    private MailDelivery(Path out, SendOptions options, PrintWriter progress) {
        this.out = out;
        this.options = options;
        this.progress = progress;
        this.report = new SendReport(options.dryRun());
    }

    /**
     * Runs a send over {@code out}. Progress lines go to {@code progress}; the caller prints the
     * summary ({@link SendReport#printSummary}). Throws InputException for bad input (manifest,
     * brand, templates, addresses, SMTP settings) before anything is sent.
     */
    public static SendReport send(Path out, SendOptions options, PrintWriter progress) throws IOException {
        return new MailDelivery(out, options, progress).run();
    }

    private SendReport run() throws IOException {
        long started = System.nanoTime();
        DeliveryManifest manifest = DeliveryManifest.read(out);
        String brandId = options.brand() != null ? options.brand() : manifest.brand() != null ? manifest.brand() : "northbeam";
        Brand brand = new BrandLoader(options.templates().resolve("brands")).load(brandId);
        MessageComposer composer = new MessageComposer(options.templates().resolve("email"), brand);
        MessagePlanner.Senders senders = senders(brand);
        if (!options.dryRun()) checkSmtp(options.smtp());

        Files.createDirectories(out);
        try (FileChannel lockFile = FileChannel.open(out.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockFile)) {
            if (lock == null) {
                report.abort("another \"ratecard send\" is running on " + out + " (it holds " + out.resolve(LOCK_FILE) + ")");
                return report;
            }
            try (SendLedger ledger = SendLedger.open(out)) {
                if (!ledger.damaged().isEmpty()) {
                    report.warn(ledger.file() + ": ignored unreadable line(s) " + ledger.damaged()
                            + " (a run killed while writing leaves at most one; the messages they recorded may be sent again)");
                }
                List<Step> steps = new MessagePlanner(manifest, senders, options, ledger).plan();
                if (options.dryRun()) {
                    Outbox outbox = new Outbox(out);
                    outbox.clear();
                    runSteps(steps, composer, SmtpTransport.offlineSession(), null, outbox, ledger);
                } else {
                    Thread hook = new Thread(this::waitForMessageInFlight, "ratecard-send-shutdown");
                    Runtime.getRuntime().addShutdownHook(hook);
                    try (SmtpTransport transport = new SmtpTransport(options.smtp())) {
                        runSteps(steps, composer, transport.session(), transport, null, ledger);
                    } finally {
                        removeHook(hook);
                    }
                }
            }
        }
        report.millis(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return report;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private void runSteps(List<Step> steps, MessageComposer composer, Session session, SmtpTransport transport, Outbox outbox,
                          SendLedger ledger) {
        for (Step step : steps) {
            if (report.aborted() != null || stopping) {
                String why = stopping ? "the run was stopped" : report.aborted();
                if (step instanceof Step.Send s) {
                    record(new SendReport.Outcome(SendReport.Status.FAILED, s.message().label(), s.message().rows(),
                            s.message().to().getAddress(), "not attempted: " + why, null));
                    continue;
                }
            }
            if (step instanceof Step.Skip s) {
                record(new SendReport.Outcome(s.changed() ? SendReport.Status.CHANGED : SendReport.Status.SKIPPED, s.label(), s.rows(),
                        s.to(), s.detail(), null));
            } else if (step instanceof Step.Fail f) {
                record(new SendReport.Outcome(SendReport.Status.FAILED, f.label(), f.rows(), f.to(), redact(f.reason()), null));
            } else if (step instanceof Step.Send s) {
                send(s, composer, session, transport, outbox, ledger);
            }
        }
    }

    private void send(Step.Send step, MessageComposer composer, Session session, SmtpTransport transport, Outbox outbox, SendLedger ledger) {
        Outgoing message = step.message();
        String to = message.to().getAddress();
        MimeMessage mime;
        String subject;
        try {
            List<Attachment> attachments = load(message);
            mime = composer.compose(session, message, attachments, Instant.now());
            subject = mime.getSubject();
        } catch (Problem | HeaderGuard.HeaderException | MessageComposer.TemplateFailure e) {
            record(failed(message, e.getMessage()));
            return;
        } catch (MessagingException | IOException e) {
            record(failed(message, "could not compose the message (" + e.getMessage() + ")"));
            return;
        }
        if (outbox != null) {
            try {
                Path file = outbox.write(message, mime);
                record(new SendReport.Outcome(SendReport.Status.WRITTEN, message.label(), message.rows(), to, out.relativize(file).toString(),
                        message.messageId()));
            } catch (IOException e) {
                record(failed(message, "could not write the outbox file (" + e.getMessage() + ")"));
            }
            return;
        }
        deliver(step, mime, subject, transport, ledger);
    }

    private void deliver(Step.Send step, MimeMessage mime, String subject, SmtpTransport transport, SendLedger ledger) {
        Outgoing message = step.message();
        Retry retry = new Retry(options.retries(), options.retryDelay(), options.maxRetryDelay());
        SendLedger.Line intent = new SendLedger.Line(Instant.now(), "sending", message.key(), message.messageId(),
                message.per().name().toLowerCase(java.util.Locale.ROOT), message.clientFolder(), message.rows(), message.to().getAddress(),
                addresses(message.cc()), addresses(message.bcc()), subject, message.attachments(), null, null);
        Address[] recipients = message.allRecipients().toArray(Address[]::new);
        throttle();
        for (int attempt = 0; ; attempt++) {
            critical.lock();
            try {
                if (stopping) {
                    if (attempt > 0) appendQuietly(ledger, intent.with("failed", Instant.now(), null, "not sent: the run was stopped"));
                    record(failed(message, "not attempted: the run was stopped"));
                    return;
                }
                if (attempt == 0) {
                    try {
                        ledger.append(intent);
                    } catch (IOException e) {
                        record(failed(message, "could not write the ledger " + ledger.file() + " (" + e.getMessage() + "); nothing sent"));
                        report.abort("the ledger cannot be written: " + e.getMessage());
                        return;
                    }
                }
                String response = transport.send(mime, recipients);
                try {
                    ledger.append(intent.with("sent", Instant.now(), redact(response), null));
                } catch (IOException e) {
                    record(new SendReport.Outcome(SendReport.Status.SENT, message.label(), message.rows(), message.to().getAddress(),
                            "sent as " + message.messageId() + " but NOT recorded in " + ledger.file() + " (" + e.getMessage()
                                    + "); a rerun would send it again", message.messageId()));
                    report.abort("the ledger cannot be written: " + e.getMessage());
                    return;
                }
                String note = step.interrupted() ? "; an earlier run was stopped while sending this message, so it may have arrived twice"
                        : step.changed() ? "; the files changed since they were last sent" : "";
                record(new SendReport.Outcome(SendReport.Status.SENT, message.label(), message.rows(), message.to().getAddress(),
                        message.messageId() + note, message.messageId()));
                return;
            } catch (MessagingException | RuntimeException e) {
                transport.reset();
                Retry.Failure failure = Retry.classify(e);
                String reason = redact(failure.reason());
                if (failure.kind() == Retry.Kind.TRANSIENT && attempt < retry.retries() && !stopping) {
                    Duration wait = retry.delay(attempt + 1);
                    progress.printf("retry   %s: %s; attempt %d of %d in %.1f s%n", message.label(), reason, attempt + 2, retry.retries() + 1,
                            wait.toMillis() / 1000.0);
                    progress.flush();
                    critical.unlock(); // a stop may happen while we wait: nothing is in flight
                    if (!sleep(wait.toMillis())) {
                        record(failed(message, "interrupted while waiting to retry: " + reason));
                        report.abort("interrupted");
                        return;
                    }
                    continue;
                }
                appendQuietly(ledger, intent.with("failed", Instant.now(), null, reason));
                String after = attempt > 0 ? " (after " + (attempt + 1) + " attempts)" : "";
                record(failed(message, reason + after));
                if (failure.kind() == Retry.Kind.FATAL || (failure.kind() == Retry.Kind.TRANSIENT && failure.connection())) {
                    report.abort(reason + after);
                }
                return;
            } finally {
                if (critical.isHeldByCurrentThread()) critical.unlock();
            }
        }
    }

    /** Records a failure; a ledger that cannot take it only costs a warning (failures are not de-duplicated). */
    private void appendQuietly(SendLedger ledger, SendLedger.Line line) {
        try {
            ledger.append(line);
        } catch (IOException e) {
            report.warn("could not record \"" + line.status() + "\" for " + line.messageId() + " in " + ledger.file() + " (" + e.getMessage() + ")");
        }
    }

    /** Shutdown hook: let the message in flight finish and be recorded, then let the JVM exit. */
    private void waitForMessageInFlight() {
        stopping = true;
        try {
            if (critical.tryLock(options.smtp().timeout().toMillis() * 2 + 5_000, TimeUnit.MILLISECONDS)) {
                // Hold it: the sending thread stops before the next message.
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting; the hook is running
        }
    }

    /** Waits so that message starts are at least the --rate interval apart. */
    private void throttle() {
        long interval = options.rate().intervalMillis();
        long now = System.nanoTime();
        if (interval > 0 && lastStart >= 0) {
            long waitMillis = interval - TimeUnit.NANOSECONDS.toMillis(now - lastStart);
            if (waitMillis > 0 && !sleep(waitMillis)) {
                stopping = true;
            }
        }
        lastStart = System.nanoTime();
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads each attachment once, checked against the manifest: the bytes checked are the bytes sent. */
    private List<Attachment> load(Outgoing message) throws IOException {
        List<Attachment> loaded = new ArrayList<>();
        Path root = out.toAbsolutePath().normalize();
        for (WrittenFile f : message.attachments()) {
            Path file;
            try {
                file = SafeNames.inside(root, f.path());
            } catch (IllegalArgumentException e) {
                throw new Problem("attachment \"" + f.path() + "\" points outside " + out + "; refused");
            }
            if (!Files.isRegularFile(file)) {
                throw new Problem("attachment " + f.path() + " is missing from " + out + "; run the batch again to regenerate it");
            }
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                throw new Problem("attachment " + f.path() + " links outside " + out + "; refused");
            }
            byte[] bytes = Files.readAllBytes(file);
            MessageDigest sha = AtomicFiles.sha256();
            String hash = HexFormat.of().formatHex(sha.digest(bytes));
            if (bytes.length != f.size() || !hash.equals(f.sha256())) {
                throw new Problem("attachment " + f.path() + " does not match the manifest (" + bytes.length + " bytes, SHA-256 "
                        + hash.substring(0, 12) + "… on disk; manifest: " + f.size() + " bytes, " + f.sha256().substring(0, 12)
                        + "…); it changed after the batch wrote it, so it was not sent");
            }
            loaded.add(new Attachment(f, Attachment.fileName(f.path()), Attachment.mimeType(f.format()), bytes));
        }
        return loaded;
    }

    /** A message that cannot be sent as planned; the message says why. */
    private static final class Problem extends IOException {
        Problem(String message) {
            super(message);
        }
    }

    private MessagePlanner.Senders senders(Brand brand) {
        try {
            InternetAddress from = HeaderGuard.address(options.from() != null ? "--from" : "brand email.from",
                    options.from() != null ? options.from() : brand.email().from());
            String replyText = options.replyTo() != null ? options.replyTo() : brand.email().replyTo();
            InternetAddress replyTo = replyText == null || replyText.isBlank() ? null
                    : HeaderGuard.address(options.replyTo() != null ? "--reply-to" : "brand email.reply_to", replyText);
            List<InternetAddress> cc = list(options.cc() != null ? "--cc" : "brand email.cc", options.cc() != null ? options.cc() : brand.email().cc());
            List<InternetAddress> bcc = list(options.bcc() != null ? "--bcc" : "brand email.bcc",
                    options.bcc() != null ? options.bcc() : brand.email().bcc());
            return new MessagePlanner.Senders(from, replyTo, cc, bcc);
        } catch (HeaderGuard.HeaderException e) {
            throw new InputException(e.field(), e.getMessage());
        }
    }

    private static List<InternetAddress> list(String field, List<String> values) {
        List<InternetAddress> out = new ArrayList<>();
        for (String v : values) {
            if (v == null || v.isBlank()) continue;
            InternetAddress a = HeaderGuard.address(field, v);
            if (out.stream().noneMatch(x -> HeaderGuard.key(x).equals(HeaderGuard.key(a)))) out.add(a);
        }
        return out;
    }

    private static void checkSmtp(SendOptions.Smtp smtp) {
        if (smtp.host() == null || smtp.host().isBlank()) {
            throw new InputException("smtp-host", "--smtp-host: missing; give the SMTP server (or --dry-run to write the outbox only)");
        }
        try {
            HeaderGuard.text("--smtp-host", smtp.host());
            HeaderGuard.text("--smtp-user", smtp.user());
        } catch (HeaderGuard.HeaderException e) {
            throw new InputException(e.field(), e.getMessage());
        }
        if (smtp.user() != null) {
            if (smtp.password() == null) throw new InputException("smtp-password", "no SMTP password for --smtp-user " + smtp.user());
            if (smtp.security() == SendOptions.Security.NONE && !loopback(smtp.host())) {
                throw new InputException("smtp-user", "--smtp-user without --starttls or --ssl would send the password in clear text to "
                        + smtp.host() + "; add --starttls (port 587) or --ssl (port 465)");
            }
        }
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private void record(SendReport.Outcome outcome) {
        report.add(outcome);
        progress.println(SendReport.line(outcome));
        progress.flush();
    }

    private SendReport.Outcome failed(Outgoing message, String reason) {
        return new SendReport.Outcome(SendReport.Status.FAILED, message.label(), message.rows(), message.to().getAddress(), redact(reason), null);
    }

    private String redact(String text) {
        Secret password = options.smtp().password();
        return password == null ? text : password.redact(text);
    }

    private static List<String> addresses(List<InternetAddress> list) {
        return list.stream().map(InternetAddress::getAddress).toList();
    }
}
