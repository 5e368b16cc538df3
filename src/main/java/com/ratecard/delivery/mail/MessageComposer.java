package com.ratecard.delivery.mail;

import com.ratecard.pricing.Money;
import com.ratecard.data.Engagement;
import com.ratecard.data.InputException;
import com.ratecard.delivery.mail.DeliveryManifest.Entry;
import com.ratecard.delivery.mail.DeliveryManifest.Range;
import com.ratecard.pricing.Verdict;
import com.ratecard.render.TemplateLockdown;
import com.ratecard.render.brand.Brand;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
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
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the MIME message from the templates in {@code templates/email/}: subject.ftl (one line of
 * plain text), body.txt.ftl (plain text) and body.ftlh (HTML, auto-escaped). The message is
 * multipart/mixed: a multipart/alternative (text, then HTML) followed by the attachments.
 *
 * <p>FreeMarker is locked down: only maps, lists, strings, numbers and booleans reach templates
 * (SimpleObjectWrapper), ?new and ?api are off, errors are rethrown, numbers use Locale.US.
 */
public final class MessageComposer {
    public static final String SUBJECT = "subject.ftl";
    public static final String TEXT = "body.txt.ftl";
    public static final String HTML = "body.ftlh";

    private final Brand brand;
    private final Template subject;
    private final Template text;
    private final Template html;

    /** @param emailTemplates the folder holding the three templates (templates/email) */
    public MessageComposer(Path emailTemplates, Brand brand) {
        this.brand = brand;
        Configuration cfg = configuration();
        try {
            if (!Files.isDirectory(emailTemplates)) throw new IOException("folder not found");
            cfg.setDirectoryForTemplateLoading(emailTemplates.toFile());
            this.subject = load(cfg, SUBJECT, emailTemplates);
            this.text = load(cfg, TEXT, emailTemplates);
            this.html = load(cfg, HTML, emailTemplates);
        } catch (IOException e) {
            throw new InputException("templates", emailTemplates + ": " + e.getMessage() + "; expected " + SUBJECT + ", " + TEXT + " and " + HTML);
        }
    }

    static Configuration configuration() {
        Configuration cfg = TemplateLockdown.configuration();
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        cfg.setNumberFormat("computer");
        return cfg;
    }

    private static Template load(Configuration cfg, String name, Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(name))) throw new IOException(name + " not found");
        return cfg.getTemplate(name);
    }

    /** The rendered parts, before they become a MIME message. */
    public record Rendered(String subject, String text, String html) {}

    /** Renders the three templates for a message; the subject must be one line. */
    public Rendered render(Outgoing message) {
        Map<String, Object> model = model(message);
        String subjectLine = run(subject, model).strip();
        HeaderGuard.text("subject", subjectLine);
        if (subjectLine.isEmpty()) throw new HeaderGuard.HeaderException("subject", "the subject template produced an empty subject");
        return new Rendered(subjectLine, run(text, model), run(html, model));
    }

    /** The complete message, with the deterministic Message-ID of {@link Outgoing#messageId()}. */
    public MimeMessage compose(Session session, Outgoing message, List<Attachment> attachments, Instant date) throws MessagingException {
        Rendered rendered = render(message);
        MimeMessage mime = new FixedIdMessage(session, message.messageId());
        mime.setFrom(message.from());
        if (message.replyTo() != null) mime.setReplyTo(new InternetAddress[] {message.replyTo()});
        mime.setRecipient(Message.RecipientType.TO, message.to());
        if (!message.cc().isEmpty()) mime.setRecipients(Message.RecipientType.CC, message.cc().toArray(InternetAddress[]::new));
        if (!message.bcc().isEmpty()) mime.setRecipients(Message.RecipientType.BCC, message.bcc().toArray(InternetAddress[]::new));
        mime.setSubject(rendered.subject(), "UTF-8");
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

    private static String run(Template template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new TemplateFailure(template.getName() + ": " + e.getMessageWithoutStackTop().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new TemplateFailure(template.getName() + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** A template could not be rendered for a message. */
    public static final class TemplateFailure extends RuntimeException {
        TemplateFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Map<String, Object> model(Outgoing message) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", brand.name());
        b.put("primary", brand.primary().hex());
        b.put("accent", brand.accent().hex());
        b.put("text", brand.text().hex());
        b.put("muted", brand.muted().hex());
        String signature = brand.email().signature() == null ? "" : brand.email().signature().strip();
        b.put("signature", signature);
        b.put("signatureLines", signature.isEmpty() ? List.of() : signature.lines().toList());
        b.put("contact", brand.contact());
        b.put("legal", brand.legal() == null ? "" : brand.legal());
        model.put("brand", b);

        Map<String, Object> contact = new LinkedHashMap<>();
        String name = message.to().getPersonal();
        contact.put("name", name == null ? "" : name);
        contact.put("firstName", name == null || name.isBlank() ? "" : name.strip().split("\\s+")[0]);
        contact.put("email", message.to().getAddress());
        model.put("contact", contact);
        model.put("client", message.client() == null ? message.clientFolder() : message.client());

        List<Map<String, Object>> openings = new ArrayList<>();
        for (Entry entry : message.entries()) openings.add(opening(entry, message));
        model.put("openings", openings);
        model.put("single", openings.size() == 1);
        List<String> names = message.attachments().stream().map(f -> Attachment.fileName(f.path())).toList();
        model.put("attachments", names);
        model.put("formats", message.attachments().stream().map(f -> f.format()).distinct().toList());
        Map<String, Object> am = new LinkedHashMap<>();
        am.put("name", message.accountManager() == null ? "" : message.accountManager());
        am.put("email", message.accountManagerEmail() == null ? "" : message.accountManagerEmail());
        model.put("accountManager", am);
        return model;
    }

    private static Map<String, Object> opening(Entry entry, Outgoing message) {
        DeliveryManifest.OpeningInfo o = entry.opening();
        DeliveryManifest.QuoteInfo q = entry.quote();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("row", entry.row());
        m.put("role", first(o.role(), q == null ? null : q.role(), ""));
        m.put("marketRole", first(q == null ? null : q.role(), o.role(), ""));
        m.put("level", first(q == null ? null : q.level(), o.level(), ""));
        m.put("location", first(o.location(), q == null ? null : q.location(), ""));
        m.put("marketLocation", first(q == null ? null : q.location(), o.location(), ""));
        m.put("engagement", engagement(o.engagement()));
        if (q != null) {
            putRange(m, "base", q.recommendedBase(), false);
            putRange(m, "totalComp", q.totalComp(), false);
            // Never the contractor's pay rate: the email is the client's.
            putRange(m, "billRate", q.billRate(), true);
            if (q.verdict() != null) {
                m.put("verdict", q.verdict());
                for (Verdict v : Verdict.values()) if (v.label().equalsIgnoreCase(q.verdict())) m.put("verdictMeaning", v.meaning());
            }
        }
        List<String> files = new ArrayList<>();
        for (var f : entry.files()) {
            if (message.attachments().contains(f)) files.add(Attachment.fileName(f.path()));
        }
        m.put("files", files);
        return m;
    }

    private static void putRange(Map<String, Object> m, String key, Range range, boolean hourly) {
        if (range == null) return;
        m.put(key, hourly
                ? Money.hourly(range.low()) + Money.DASH + Money.hourly(range.high()) + "/h"
                : Money.dollars(range.low()) + Money.DASH + Money.dollars(range.high()));
    }

    private static String engagement(String id) {
        if (id == null) return "";
        try {
            return Engagement.parse(id).label();
        } catch (RuntimeException e) {
            return id;
        }
    }

    private static String first(String a, String b, String fallback) {
        return a != null ? a : b != null ? b : fallback;
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
