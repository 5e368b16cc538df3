package com.ratecard.web;

import com.ratecard.render.Templates;
import freemarker.template.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The web pages' FreeMarker templates ({@code templates/web/}), in the one locked-down set-up of
 * {@link Templates}: {@code .ftlh} pages escape everything as HTML, {@code ?new} resolves nothing,
 * {@code ?api} is off, and of Java objects only the view records of {@code com.ratecard.web.view}
 * are visible, as hashes of their components. Configured once, shared by every request thread.
 */
record WebTemplates(Path dir, Configuration config) {
    private static final String VIEWS = "com.ratecard.web.view";

    /** The templates of {@code dir}, configured once. */
    static WebTemplates in(Path dir) {
        return new WebTemplates(dir, configuration(dir));
    }

    private static Configuration configuration(Path dir) {
        try {
            Configuration config = Templates.configuration(dir, Templates.Output.BY_EXTENSION, VIEWS);
            config.setOutputEncoding(StandardCharsets.UTF_8.name());
            config.setURLEscapingCharset(StandardCharsets.UTF_8.name());
            config.setNumberFormat("computer"); // numbers in attributes and scripts, never grouped
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills template {@code name} with {@code model}. */
    String render(String name, Object model) {
        return Templates.process(config, dir, name, model);
    }
}
