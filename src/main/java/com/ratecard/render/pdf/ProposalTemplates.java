package com.ratecard.render.pdf;

import com.ratecard.data.InputException;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The proposal's FreeMarker templates, from one folder (templates/proposal). Configured once and
 * shared by every thread. Locked down: templates escape everything as XHTML, cannot reach Java
 * classes ({@code ?new} resolves nothing, {@code ?api} is off), and a template error fails the
 * render with an {@link InputException} naming the template file and line, like any other
 * mistake in a file a person edits.
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
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // Every template (the .ftlh page and the CSS it includes) writes XHTML: what Flying Saucer parses.
        config.setRecognizeStandardFileExtensions(false);
        config.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // Figures arrive formatted; these only matter for a number a template prints itself.
        config.setLocale(Locale.US);
        config.setNumberFormat("#,##0.##");
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return config;
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
        return InputException.at(dir.resolve(template == null ? "?" : template).toString(), line, "template", oneLine(problem));
    }

    /**
     * FreeMarker's message on one line: without its tips (after "----"), its "==>" pointers, and
     * the template and line it repeats, which the error already names.
     */
    static String oneLine(String problem) {
        if (problem == null || problem.isBlank()) return "error";
        String text = problem.strip();
        int tips = text.indexOf("\n----");
        if (tips >= 0) text = text.substring(0, tips);
        return text.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column (\\d+)]", " (column $1)")
                .replace("==> ", "").replaceAll("\\s*\\n\\s*", " ").strip();
    }
}
