package com.ratecard.render;

import com.ratecard.data.InputException;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
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
 * What every FreeMarker configuration of ratecard shares: templates from one folder, UTF-8,
 * {@code ?new} resolving nothing, {@code ?api} off, errors rethrown (never printed into the
 * output or logged), US number formats and UTC. Each user adds its output format and object
 * wrapper. (Issue 12 makes this the one configuration for every template.)
 */
public final class TemplateLockdown {
    private TemplateLockdown() {}

    /** @param expected what the folder should hold, for the error when it is missing */
    public static Configuration configuration(Path dir, String expected) {
        if (!Files.isDirectory(dir)) throw new InputException("templates", dir + ": no such folder; expected " + expected);
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        try {
            config.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
        } catch (IOException e) {
            throw new InputException("templates", dir + ": unreadable (" + e.getMessage() + ")");
        }
        return lockedDown(config);
    }

    /** A new configuration with the shared settings; the caller says where templates come from. */
    public static Configuration configuration() {
        return lockedDown(new Configuration(Configuration.VERSION_2_3_34));
    }

    private static Configuration lockedDown(Configuration config) {
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocale(Locale.US);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        return config;
    }

    /**
     * Fills template {@code name} of {@code dir} (the configuration's folder) with {@code model}; a
     * mistake in a template is an {@link InputException} naming its file and line.
     */
    public static String process(Configuration config, Path dir, String name, Object model) {
        StringWriter out = new StringWriter(64 * 1024);
        try {
            Template template = config.getTemplate(name);
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw error(dir, e.getTemplateName(), e.getLineNumber(), e.getEditorMessage());
        } catch (TemplateException e) {
            throw error(dir, e.getTemplateSourceName(), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getMessageWithoutStackTop());
        } catch (IOException e) {
            throw new InputException("template", dir.resolve(name) + ": unreadable (" + e.getMessage() + ")");
        }
    }

    private static InputException error(Path dir, String template, int line, String problem) {
        return InputException.at(dir.resolve(template == null ? "?" : template).toString(), line, "template", oneLine(problem));
    }

    /**
     * FreeMarker's message on one line: without its tips (after "----"), its "==>" pointers, and
     * the template and line it repeats, which the error already names.
     */
    public static String oneLine(String problem) {
        if (problem == null || problem.isBlank()) return "error";
        String text = problem.strip();
        int tips = text.indexOf("\n----");
        if (tips >= 0) text = text.substring(0, tips);
        return text.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column (\\d+)]", " (column $1)")
                .replace("==> ", "").replaceAll("\\s*\\n\\s*", " ").strip();
    }
}
