package com.ratecard.render.pdf;

import com.ratecard.data.InputException;
import com.ratecard.render.Templates;
import freemarker.template.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        this.config = configuration(dir);
    }

    private static Configuration configuration(Path dir) {
        // The page and the CSS it includes both write XHTML: what Flying Saucer parses.
        try {
            return Templates.configuration(dir, Templates.Output.XHTML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder the templates are read from (also the base for anything the CSS refers to). */
    Path dir() {
        return dir;
    }

    /** Fills template {@code name} with {@code model}; the result is an XHTML document. */
    String render(String name, Object model) {
        return Templates.process(config, dir, name, model);
    }
}
