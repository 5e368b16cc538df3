package com.ratecard.render.pdf;

import com.ratecard.data.InputException;
import com.ratecard.render.Templates;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The proposal's FreeMarker templates, from one folder (templates/proposal). Configured once and
 * shared by every thread. Locked down as every template is ({@link Templates}): they escape
 * everything as XHTML and see only the view records' fields; a template error fails the render
 * with an {@link InputException} naming the template file and line, like any other mistake in a
 * file a person edits.
 */
final class ProposalTemplates {
    private final Path dir;
    private final Configuration config;

    ProposalTemplates(Path dir) {
        this.dir = dir;
        if (!Files.isDirectory(dir)) {
            throw new InputException("templates", dir + ": no such folder; expected the proposal templates (proposal.ftlh, proposal.css)");
        }
        try {
            config = configuration(dir);
        } catch (IOException e) {
            throw new InputException("templates", dir + ": unreadable (" + e.getMessage() + ")");
        }
    }

    private static Configuration configuration(Path dir) throws IOException {
        // The page and the CSS it includes both write XHTML: what Flying Saucer parses.
        return Templates.configuration(dir, Templates.Output.XHTML);
    }

    /** The folder the templates are read from (also the base for anything the CSS refers to). */
    Path dir() {
        return dir;
    }

    /** Fills template {@code name} with {@code model}; the result is an XHTML document. */
    String render(String name, Object model) {
        StringWriter out = new StringWriter(64 * 1024);
        try {
            Template template = config.getTemplate(name);
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw error(e.getTemplateName(), e.getLineNumber(), e.getEditorMessage());
        } catch (TemplateException e) {
            throw error(e.getTemplateSourceName(), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getMessageWithoutStackTop());
        } catch (IOException e) {
            throw new InputException("template", dir.resolve(name) + ": unreadable (" + e.getMessage() + ")");
        }
    }

    private InputException error(String template, int line, String problem) {
        return InputException.at(dir.resolve(template == null ? "?" : template).toString(), line, "template", Templates.oneLine(problem));
    }
}
