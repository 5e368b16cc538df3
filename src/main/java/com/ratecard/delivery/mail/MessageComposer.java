package com.ratecard.delivery.mail;

import com.ratecard.data.Engagement;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Verdict;
import com.ratecard.render.brand.Brand;
import com.ratecard.render.email.EmailModel;
import com.ratecard.render.email.EmailTemplates;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Builds the MIME message of a planned message: the email model from the manifest's entries, the
 * three parts rendered by {@link EmailTemplates}, then multipart/mixed: a multipart/alternative
 * (text, then HTML) followed by the attachments. Header text goes through {@link HeaderGuard}.
 */
public final class MessageComposer {
    private final Brand brand;
    private final EmailTemplates templates;

    /** @param emailTemplates the folder holding the three templates (templates/email) */
    public MessageComposer(Path emailTemplates, Brand brand) {
        this.brand = brand;
        this.templates = new EmailTemplates(emailTemplates);
    }

    /** Renders the three templates for a message; the subject must be one line. */
    public EmailTemplates.Rendered render(Outgoing message) {
        EmailTemplates.Rendered rendered = templates.render(model(message));
        HeaderGuard.text("subject", rendered.subject());
        if (rendered.subject().isEmpty()) throw new HeaderGuard.HeaderException("subject", "the subject template produced an empty subject");
        return rendered;
    }

    /** The complete message, with the deterministic Message-ID of {@link Outgoing#messageId()}. */
    public MimeMessage compose(Session session, Outgoing message, List<Attachment> attachments, Instant date) throws MessagingException {
        EmailTemplates.Rendered rendered = render(message);
        MimeMessage mime = new FixedIdMessage(session, message.messageId());
        mime.setFrom(message.from());
        if (message.replyTo() != null) mime.setReplyTo(new InternetAddress[] {message.replyTo()});
        mime.setRecipient(Message.RecipientType.TO, message.to());
        if (!message.cc().isEmpty()) mime.setRecipients(Message.RecipientType.CC, message.cc().toArray(InternetAddress[]::new));
        if (!message.bcc().isEmpty()) mime.setRecipients(Message.RecipientType.BCC, message.bcc().toArray(InternetAddress[]::new));
        HeaderGuard.subject(mime, rendered.subject());
        mime.setSentDate(Date.from(date));
        mime.setHeader("X-Mailer", "ratecard");

        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(rendered.text(), "UTF-8", "plain");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(rendered.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", textPart, htmlPart);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        for (Attachment a : attachments) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.bytes(), a.mimeType())));
            part.setFileName(a.fileName());
            part.setDisposition(Part.ATTACHMENT);
            part.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(part);
        }
        mime.setContent(mixed);
        mime.saveChanges();
        return mime;
    }

    private EmailModel model(Outgoing message) {
        String signature = brand.email().signature() == null ? "" : brand.email().signature().strip();
        EmailModel.Brand b = new EmailModel.Brand(brand.name(), brand.primary().hex(), brand.accent().hex(), brand.text().hex(),
                brand.muted().hex(), signature, signature.isEmpty() ? List.of() : signature.lines().toList(), brand.contact(),
                brand.legal() == null ? "" : brand.legal());
        String name = message.to().getPersonal();
        EmailModel.Contact contact = new EmailModel.Contact(name == null ? "" : name,
                name == null || name.isBlank() ? "" : name.strip().split("\\s+")[0], message.to().getAddress());
        List<EmailModel.Opening> openings = new ArrayList<>();
        for (Manifest.Entry entry : message.entries()) openings.add(opening(entry, message));
        List<String> names = message.attachments().stream().map(WrittenFile::fileName).toList();
        List<String> formats = message.attachments().stream().map(WrittenFile::format).distinct().toList();
        EmailModel.Person am = new EmailModel.Person(message.accountManager() == null ? "" : message.accountManager(),
                message.accountManagerEmail() == null ? "" : message.accountManagerEmail());
        return new EmailModel(b, contact, message.client() == null ? message.clientFolder() : message.client(), openings,
                openings.size() == 1, names, formats, am);
    }

    private static EmailModel.Opening opening(Manifest.Entry entry, Outgoing message) {
        Manifest.OpeningInfo o = entry.opening();
        Manifest.QuoteInfo q = entry.quote();
        String verdict = q == null ? null : q.verdict();
        String meaning = null;
        if (verdict != null) for (Verdict v : Verdict.values()) if (v.label().equalsIgnoreCase(verdict)) meaning = v.meaning();
        List<String> files = entry.files().stream().filter(message.attachments()::contains).map(WrittenFile::fileName).toList();
        return new EmailModel.Opening(entry.row(), first(o.role(), q == null ? null : q.role()), first(q == null ? null : q.role(), o.role()),
                first(q == null ? null : q.level(), o.level()), first(o.location(), q == null ? null : q.location()),
                first(q == null ? null : q.location(), o.location()), engagement(o.engagement()),
                q == null ? null : Money.dollars(q.recommendedBase().low()) + Money.DASH + Money.dollars(q.recommendedBase().high()),
                q == null ? null : Money.dollars(q.totalComp().low()) + Money.DASH + Money.dollars(q.totalComp().high()),
                q == null ? null : Money.hourly(q.billRate().low()) + Money.DASH + Money.hourly(q.billRate().high()) + "/h",
                verdict, meaning, files);
    }

    private static String engagement(String id) {
        if (id == null) return "";
        try {
            return Engagement.parse(id).label();
        } catch (RuntimeException e) {
            return id;
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b != null ? b : "";
    }

    /** A MimeMessage whose Message-ID is fixed instead of random. */
    static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
