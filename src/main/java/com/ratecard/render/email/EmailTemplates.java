package com.ratecard.render.email;

import com.ratecard.data.InputException;
import com.ratecard.render.Templates;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The email's three templates from {@code templates/email/}: {@value #SUBJECT} (one line of plain
 * text), {@value #TEXT} (plain text) and {@value #HTML} (HTML, auto-escaped), locked down as every
 * template is ({@link Templates}). Loaded once, thread-safe.
 */
public final class EmailTemplates {
    public static final String SUBJECT = "subject.ftl";
    public static final String TEXT = "body.txt.ftl";
    public static final String HTML = "body.ftlh";

    /** The three parts of one message, before they become MIME. */
    public record Rendered(String subject, String text, String html) {}

    /** A template could not be rendered for a message (a missing field, say): that message fails. */
    public static final class Failure extends RuntimeException {
        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Template subject;
    private final Template text;
    private final Template html;

    /** @throws InputException when the folder or a template is missing or does not parse */
    public EmailTemplates(Path dir) {
        try {
            if (!Files.isDirectory(dir)) throw new IOException("folder not found");
            Configuration config = Templates.configuration(dir, Templates.Output.BY_EXTENSION);
            this.subject = load(config, SUBJECT, dir);
            this.text = load(config, TEXT, dir);
            this.html = load(config, HTML, dir);
        } catch (IOException e) {
            throw new InputException("templates", dir + ": " + Templates.oneLine(e.getMessage()) + "; expected " + SUBJECT + ", " + TEXT
                    + " and " + HTML);
        }
    }

    private static Template load(Configuration config, String name, Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(name))) throw new IOException(name + " not found");
        return config.getTemplate(name);
    }

    /** Renders the three templates; the subject comes back stripped (the caller checks it is one line). */
    public Rendered render(EmailModel model) {
        return new Rendered(run(subject, model).strip(), run(text, model), run(html, model));
    }

    private static String run(Template template, EmailModel model) {
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new Failure(template.getName() + ": " + Templates.oneLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new Failure(template.getName() + ": " + e.getMessage(), e);
        }
        return out.toString();
    }
}
