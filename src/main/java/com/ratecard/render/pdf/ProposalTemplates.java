package com.ratecard.render.pdf;

import com.ratecard.data.InputException;
import com.ratecard.render.TemplateLockdown;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import java.nio.file.Path;

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
        this.config = configuration(dir);
    }

    private static Configuration configuration(Path dir) {
        Configuration config = TemplateLockdown.configuration(dir, "the proposal templates (proposal.ftlh, proposal.css)");
        // Every template (the .ftlh page and the CSS it includes) writes XHTML: what Flying Saucer parses.
        config.setRecognizeStandardFileExtensions(false);
        config.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        // Figures arrive formatted; this only matters for a number a template prints itself.
        config.setNumberFormat("#,##0.##");
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return config;
    }

    /** The folder the templates are read from (also the base for anything the CSS refers to). */
    Path dir() {
        return dir;
    }

    /** Fills template {@code name} with {@code model}; the result is an XHTML document. */
    String render(String name, Object model) {
        return TemplateLockdown.process(config, dir, name, model);
    }
}
