package com.ratecard.delivery.mail;

import com.ratecard.delivery.RunLock;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.ManifestReader;
import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandLoader;
import com.ratecard.render.email.EmailTemplates;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Sends the client deliverables listed in {@code out/manifest.json}: plans the messages, leaves out
 * what the ledger says was already delivered (or may have been), checks every attachment, composes,
 * and sends with retries (or writes the outbox in a dry run), under the output folder's
 * {@link RunLock}. This is the API the batch command calls.
 *
 * <p>Exactly once, or it says so. The ledger gets "sending" before a message goes out, "committing"
 * (forced to disk) just before the end of its data, and "sent" once the server accepts it. A
 * failure before the end of the data is retried (the server cannot have the message); a dropped
 * connection or a timeout after it makes the message "in doubt": recorded, reported, never retried
 * automatically, and sent again (same Message-ID) only with --resend-in-doubt. Ctrl-C and SIGTERM
 * wait for the message in flight to be recorded before the process exits.
 */
public final class MailDelivery {
    private final Path out;
    private final SendOptions options;
    private final PrintWriter progress;
    private final SendReport report;
    private final AttachmentLoader attachments;
    private final Throttle throttle;
    private final GracefulStop stop;

    /** The ledger could not take the line that must precede the end of the data: nothing was sent. */
    private static final class LedgerFailure extends RuntimeException {
        LedgerFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private MailDelivery(Path out, SendOptions options, PrintWriter progress) {
        // Absolute from here on: the outbox and attachments are resolved and relativized against it.
        this.out = out.toAbsolutePath().normalize();
        this.options = options;
        this.progress = progress;
        this.report = new SendReport(options.dryRun());
        this.attachments = new AttachmentLoader(this.out);
        this.throttle = new Throttle(options.rate());
        this.stop = new GracefulStop(options.smtp());
    }

    /**
     * Runs a send over {@code out}. One line per message goes to {@code progress} (stderr) as it
     * happens; the caller prints the summary ({@link SendReport#printSummary}). Throws an
     * InputException for bad input (manifest, brand, templates, addresses, SMTP settings, a busy
     * folder) before anything is sent.
     */
    public static SendReport send(Path out, SendOptions options, PrintWriter progress) throws IOException {
        return new MailDelivery(out, options, progress).run();
    }

    private SendReport run() throws IOException {
        long started = System.nanoTime();
        Manifest manifest = ManifestReader.forSending(out);
        String brandId = options.brand() != null ? options.brand() : manifest.brand() != null ? manifest.brand() : "northbeam";
        Brand brand = new BrandLoader(options.templates().resolve("brands")).load(brandId);
        MessageComposer composer = new MessageComposer(options.templates().resolve("email"), brand);
        Senders senders = Senders.resolve(options, brand);
        if (!options.dryRun()) SmtpPolicy.check(options.smtp());

        try (RunLock lock = RunLock.acquire(out, "send"); SendLedger ledger = SendLedger.open(out)) {
            if (!ledger.damaged().isEmpty()) {
                report.warn(ledger.file() + ": ignored unreadable line(s) " + ledger.damaged() + " (edited by hand?)");
            }
            List<Step> steps = new MessagePlanner(manifest, senders, options, ledger).plan();
            if (options.dryRun()) {
                Outbox outbox;
                try {
                    outbox = new Outbox(out);
                } catch (IllegalArgumentException e) {
                    throw new com.ratecard.data.InputException("out", "out: " + e.getMessage());
                }
                outbox.clear();
                runSteps(steps, composer, SmtpTransport.offlineSession(), null, outbox, ledger);
            } else {
                try (GracefulStop.Hook hook = stop.installHook();
                     SmtpTransport transport = new SmtpTransport(options.smtp())) {
                    runSteps(steps, composer, transport.session(), transport, null, ledger);
                }
            }
        }
        report.millis(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return report;
    }

    /** transport is null in a dry run, outbox null otherwise. */
    private void runSteps(List<Step> steps, MessageComposer composer, Session session, SmtpTransport transport, Outbox outbox,
                          SendLedger ledger) {
        for (Step step : steps) {
            if ((report.aborted() != null || stop.stopping()) && step instanceof Step.Send s) {
                String why = stop.stopping() ? "the run was stopped" : report.aborted();
                // counted in the summary, not printed one by one
                report.add(new SendReport.Outcome(SendReport.Status.FAILED, s.message().label(), s.message().rows(),
                        s.message().to().getAddress(), "not attempted: " + why, null, true));
                continue;
            }
            if (step instanceof Step.Skip s) {
                record(new SendReport.Outcome(s.changed() ? SendReport.Status.CHANGED : SendReport.Status.SKIPPED, s.label(), s.rows(),
                        s.to(), s.detail(), null));
            } else if (step instanceof Step.InDoubt d) {
                record(new SendReport.Outcome(SendReport.Status.IN_DOUBT, d.label(), d.rows(), d.to(), d.detail(), null));
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
            mime = composer.compose(session, message, attachments.load(message), Instant.now());
            subject = mime.getSubject();
        } catch (AttachmentLoader.Problem | HeaderGuard.HeaderException | EmailTemplates.Failure e) {
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
        SendLedger.Line intent = new SendLedger.Line(Instant.now(), SendLedger.State.SENDING, message.key(), message.messageId(),
                message.per().name().toLowerCase(Locale.ROOT), message.clientId(), message.client(), message.rows(),
                message.to().getAddress(), addresses(message.cc()), addresses(message.bcc()), subject, message.attachments(), null, null);
        Address[] recipients = message.allRecipients().toArray(Address[]::new);
        Runnable commit = () -> {
            try {
                ledger.append(intent.with(SendLedger.State.COMMITTING, Instant.now(), null, null));
            } catch (IOException e) {
                throw new LedgerFailure(e);
            }
        };
        if (!throttle.awaitTurn()) stop.stop();
        for (int attempt = 0; ; attempt++) {
            stop.enter();
            try {
                if (stop.stopping()) {
                    if (attempt > 0) appendQuietly(ledger, intent.with(SendLedger.State.FAILED, Instant.now(), null, "not sent: the run was stopped"));
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
                String response = transport.send(mime, recipients, commit);
                try {
                    ledger.append(intent.with(SendLedger.State.SENT, Instant.now(), redact(response), null));
                } catch (IOException e) {
                    record(new SendReport.Outcome(SendReport.Status.SENT, message.label(), message.rows(), message.to().getAddress(),
                            "sent as " + message.messageId() + " but NOT recorded in " + ledger.file() + " (" + e.getMessage()
                                    + "); a rerun reports it in doubt", message.messageId()));
                    report.abort("the ledger cannot be written: " + e.getMessage());
                    return;
                }
                String note = step.resent() != null ? "; resent: it was in doubt since " + step.resent().time()
                        : step.changed() ? "; the files changed since they were last sent" : "";
                record(new SendReport.Outcome(SendReport.Status.SENT, message.label(), message.rows(), message.to().getAddress(),
                        message.messageId() + note, message.messageId()));
                return;
            } catch (SmtpTransport.InDoubt e) {
                transport.reset();
                String reason = redact(e.getMessage());
                appendQuietly(ledger, intent.with(SendLedger.State.IN_DOUBT, Instant.now(), null, reason));
                record(new SendReport.Outcome(SendReport.Status.IN_DOUBT, message.label(), message.rows(), message.to().getAddress(),
                        reason + "; not retried (rerun with --resend-in-doubt to send it again as " + message.messageId() + ")",
                        message.messageId()));
                return;
            } catch (LedgerFailure e) {
                transport.reset();
                record(failed(message, "could not write the ledger " + ledger.file() + " (" + e.getMessage() + "); not sent"));
                report.abort("the ledger cannot be written: " + e.getMessage());
                return;
            } catch (MessagingException | RuntimeException e) {
                transport.reset();
                Retry.Failure failure = Retry.classify(e);
                String reason = redact(failure.reason());
                if (failure.kind() == Retry.Kind.TRANSIENT && attempt < retry.retries() && !stop.stopping()) {
                    Duration wait = retry.delay(attempt + 1);
                    progress.printf("retry   %s: %s; attempt %d of %d in %.1f s%n", message.label(), reason, attempt + 2, retry.retries() + 1,
                            wait.toMillis() / 1000.0);
                    progress.flush();
                    stop.leave(); // a stop may happen while we wait: nothing is in flight
                    if (!Pause.millis(wait.toMillis())) {
                        record(failed(message, "interrupted while waiting to retry: " + reason));
                        report.abort("interrupted");
                        return;
                    }
                    continue;
                }
                appendQuietly(ledger, intent.with(SendLedger.State.FAILED, Instant.now(), null, reason));
                String after = attempt > 0 ? " (after " + (attempt + 1) + " attempts)" : "";
                record(failed(message, reason + after));
                if (failure.kind() == Retry.Kind.FATAL || (failure.kind() == Retry.Kind.TRANSIENT && failure.connection())) {
                    report.abort(reason + after);
                }
                return;
            } finally {
                stop.leave();
            }
        }
    }

    /** Records a failure; a ledger that cannot take it only costs a warning (failures are not de-duplicated). */
    private void appendQuietly(SendLedger ledger, SendLedger.Line line) {
        try {
            ledger.append(line);
        } catch (IOException e) {
            report.warn("could not record \"" + line.status().id() + "\" for " + line.messageId() + " in " + ledger.file() + " ("
                    + e.getMessage() + ")");
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

    /** Server replies and error texts can echo the AUTH exchange; nothing printed or stored may carry the password. */
    private String redact(String text) {
        Secret password = options.smtp().password();
        return password == null ? text : password.redact(text);
    }

    private static List<String> addresses(List<InternetAddress> list) {
        return list.stream().map(InternetAddress::getAddress).toList();
    }
}
