package com.ratecard.web;

import com.ratecard.data.InputException;
import com.ratecard.delivery.mail.MailDelivery;
import com.ratecard.delivery.mail.Outbox;
import com.ratecard.delivery.mail.SendOptions;
import com.ratecard.delivery.mail.SendReport;
import com.ratecard.web.view.MessageView;
import com.ratecard.web.view.OutcomeView;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The send page, over {@link MailDelivery} exactly as {@code ratecard send} runs it: a preview is
 * a dry run (the messages written to the run's {@code outbox/}, then read back for display); a
 * send keeps the same ledger, so nothing reaches a recipient twice. The SMTP settings are those
 * {@code ratecard serve} was started with.
 */
record Mailing(Path out, SendOptions base) {
    /** What a send or dry run did, and for a dry run the messages it wrote. */
    record Run(List<OutcomeView> outcomes, List<MessageView> messages, String summary) {}

    /** Whether a real send can be tried: an SMTP server was given to {@code serve}. */
    boolean canSend() {
        return base.smtp().host() != null && !base.smtp().host().isBlank();
    }

    String server() {
        return canSend() ? base.smtp().host() + ":" + base.smtp().effectivePort() + " (" + base.smtp().security().name().toLowerCase(java.util.Locale.ROOT) + ")" : "";
    }

    Run preview(String run, SendOptions.Per per, boolean ccAccountManager) throws IOException {
        Path folder = folder(run);
        SendReport report = MailDelivery.send(folder, options(true, per, ccAccountManager, false), new PrintWriter(new StringWriter()));
        List<MessageView> messages = new ArrayList<>();
        for (SendReport.Outcome o : report.outcomes()) {
            if (o.status() == SendReport.Status.WRITTEN) messages.add(message(run, folder.resolve(o.detail())));
        }
        return new Run(outcomes(report), messages, summary(report));
    }

    Run send(String run, SendOptions.Per per, boolean ccAccountManager, boolean resendChanged) throws IOException {
        if (!canSend()) {
            throw new InputException("smtp-host", "no SMTP server: start ratecard serve with --smtp-host HOST (and its mail options) to send;"
                    + " a preview works without one");
        }
        SendReport report = MailDelivery.send(folder(run), options(false, per, ccAccountManager, resendChanged),
                new PrintWriter(new StringWriter()));
        return new Run(outcomes(report), List.of(), summary(report));
    }

    /** The HTML body of an outbox message, for the preview's sandboxed frame. */
    String body(String run, String file) throws IOException {
        Path eml = outboxFile(run, file);
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()), in);
            String html = part(mime, "text/html");
            return html == null ? "" : html;
        } catch (MessagingException e) {
            throw new IOException("cannot read " + eml.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private Path folder(String run) {
        if (run == null || run.isEmpty()) return out;
        if (!run.matches(Batches.FOLDER + "/[A-Za-z0-9-]+") || !Files.isDirectory(out.resolve(run))) {
            throw new InputException("run", "run: \"" + run + "\" is not a run of this output folder; expected one listed on the page");
        }
        return out.resolve(run);
    }

    private Path outboxFile(String run, String file) {
        if (file == null || !file.matches("[A-Za-z0-9._-]+\\.eml") || file.startsWith(".")) {
            throw new InputException("file", "file: not an outbox message");
        }
        Path eml = folder(run).resolve(Outbox.FOLDER).resolve(file);
        if (!Files.isRegularFile(eml, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw new InputException("file", "file: " + file + " not found in the outbox");
        return eml;
    }

    private SendOptions options(boolean dryRun, SendOptions.Per per, boolean cc, boolean resendChanged) {
        return new SendOptions(base.templates(), base.brand(), per, dryRun, resendChanged, false, base.smtp(), base.from(), base.replyTo(),
                base.cc(), base.bcc(), cc || base.ccAccountManager(), base.rate(), base.retries(), base.retryDelay(), base.maxRetryDelay());
    }

    private MessageView message(String run, Path eml) throws IOException {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()), in);
            List<String> attachments = new ArrayList<>();
            collectAttachments(mime, attachments);
            String file = eml.getFileName().toString();
            String text = part(mime, "text/plain");
            return new MessageView(file, mime.getSubject() == null ? "" : mime.getSubject(), addresses(mime.getFrom()),
                    addresses(mime.getRecipients(Message.RecipientType.TO)), addresses(mime.getRecipients(Message.RecipientType.CC)),
                    addresses(mime.getRecipients(Message.RecipientType.BCC)), attachments,
                    "/send/body?run=" + java.net.URLEncoder.encode(run, java.nio.charset.StandardCharsets.UTF_8) + "&file=" + file,
                    text == null ? "" : text);
        } catch (MessagingException e) {
            throw new IOException("cannot read " + eml.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static String addresses(Address[] list) {
        if (list == null) return "";
        return java.util.Arrays.stream(list).map(a -> {
            try {
                return MimeUtility.decodeText(a.toString());
            } catch (UnsupportedEncodingException e) {
                return a.toString();
            }
        }).collect(Collectors.joining(", "));
    }

    private static void collectAttachments(Part part, List<String> out) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) collectAttachments(multipart.getBodyPart(i), out);
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            String name = part.getFileName() == null ? "attachment" : MimeUtility.decodeText(part.getFileName());
            out.add(name + " (" + Downloads.size(size(part)) + ")");
        }
    }

    private static long size(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) return found;
            }
            return null;
        }
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) return String.valueOf(part.getContent());
        return null;
    }

    private static List<OutcomeView> outcomes(SendReport report) {
        return report.outcomes().stream().map(o -> new OutcomeView(o.status().name().toLowerCase(java.util.Locale.ROOT), o.label(),
                o.to() == null ? "" : o.to(), o.detail() == null ? "" : o.detail())).toList();
    }

    private static String summary(SendReport report) {
        StringWriter text = new StringWriter();
        report.printSummary(new PrintWriter(text));
        return text.toString().strip();
    }
}
