package com.ratecard.render;

import com.ratecard.data.InputException;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one FreeMarker set-up of every template a person edits: the proposal, the rate card, the
 * email and the web app's pages. Templates see their view records and nothing else of Java. A view record (a public record
 * of {@code com.ratecard.render}) is a hash of its components, no more: no method, no
 * {@code toString()}, {@code ?keys} lists its fields; any other object is opaque (using it fails);
 * strings, numbers, booleans and lists are plain values. Behind that, the member-access policy
 * exposes only view records' component accessors, {@code ?api} is off and {@code ?new} resolves no
 * class, so {@code ?eval} and {@code ?interpret} reach nothing more. Templates load only from their
 * folder, errors are rethrown (never printed into the output), numbers and dates use Locale.US, UTC.
 */
public final class Templates {
    /** How a template's output is escaped. */
    public enum Output {
        /** Every template writes XHTML, whatever its name (the proposal: its .ftlh page and the CSS it includes). */
        XHTML,
        /** By file name: .ftlh is HTML (auto-escaped), .ftlx XML, anything else plain text (the email). */
        BY_EXTENSION
    }

    private static final String VIEWS = "com.ratecard.render";
    private static final Map<String, DefaultObjectWrapper> WRAPPERS = new ConcurrentHashMap<>();

    private Templates() {}

    /** A locked-down configuration for the templates in {@code dir}, whose views are the render package's records. */
    public static Configuration configuration(Path dir, Output output) throws IOException {
        return configuration(dir, output, VIEWS);
    }

    /**
     * A locked-down configuration for the templates in {@code dir} whose views are the public
     * records of package {@code views} and its subpackages (the web app's pages have their own).
     */
    public static Configuration configuration(Path dir, Output output, String views) throws IOException {
        if (!Files.isDirectory(dir)) throw new InputException("templates", dir + ": no such folder; expected the templates folder");
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setLocalizedLookup(false);
        if (output == Output.XHTML) {
            config.setRecognizeStandardFileExtensions(false);
            config.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        } else {
            config.setRecognizeStandardFileExtensions(true);
        }
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setObjectWrapper(WRAPPERS.computeIfAbsent(views, Templates::wrapper));
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // Figures arrive formatted; these only matter for a number or date a template prints itself.
        config.setLocale(Locale.US);
        config.setNumberFormat("#,##0.##");
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        return config;
    }

    /**
     * FreeMarker's message on one line: without its tips (after "----"), its "==>" pointers, and
     * the template and line it repeats, which an error names anyway.
     */
    public static String oneLine(String problem) {
        if (problem == null || problem.isBlank()) return "error";
        String text = problem.strip();
        int tips = text.indexOf("\n----");
        if (tips >= 0) text = text.substring(0, tips);
        return text.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column (\\d+)]", " (column $1)")
                .replace("==> ", "").replaceAll("\\s*\\n\\s*", " ").strip();
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

    private static DefaultObjectWrapper wrapper(String views) {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setMemberAccessPolicy(new ViewsOnly(views));
        builder.setExposeFields(false);
        return new ViewWrapper(builder, views);
    }

    private static boolean isView(Class<?> type, String views) {
        String pkg = type.getPackageName();
        return type.isRecord() && (pkg.equals(views) || pkg.startsWith(views + "."))
                && java.lang.reflect.Modifier.isPublic(type.getModifiers());
    }

    /** Wraps view records as {@link RecordModel}s and every other unknown object as {@link Opaque}. */
    private static final class ViewWrapper extends DefaultObjectWrapper {
        private final String views;

        ViewWrapper(DefaultObjectWrapperBuilder builder, String views) {
            super(builder, true);
            this.views = views;
        }

        @Override
        protected TemplateModel handleUnknownType(Object obj) {
            return isView(obj.getClass(), views) ? new RecordModel((Record) obj, this) : Opaque.INSTANCE;
        }
    }

    /** A view record as a hash of its components. */
    private static final class RecordModel implements TemplateHashModelEx {
        private final Record record;
        private final ObjectWrapper wrapper;
        private final RecordComponent[] components;

        RecordModel(Record record, ObjectWrapper wrapper) {
            this.record = record;
            this.wrapper = wrapper;
            this.components = record.getClass().getRecordComponents();
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            for (RecordComponent c : components) {
                if (c.getName().equals(key)) {
                    try {
                        return wrapper.wrap(c.getAccessor().invoke(record));
                    } catch (ReflectiveOperationException e) {
                        throw new TemplateModelException("cannot read " + key, e);
                    }
                }
            }
            return null;
        }

        @Override
        public boolean isEmpty() {
            return components.length == 0;
        }

        @Override
        public int size() {
            return components.length;
        }

        @Override
        public TemplateCollectionModel keys() {
            List<String> names = new java.util.ArrayList<>();
            for (RecordComponent c : components) names.add(c.getName());
            return new SimpleCollection(names, wrapper);
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            List<TemplateModel> values = new java.util.ArrayList<>();
            for (RecordComponent c : components) values.add(get(c.getName()));
            return new SimpleCollection(values, wrapper);
        }
    }

    /** A class's members as templates see them: these record component accessors, no other method, field or constructor. */
    private record Accessors(RecordComponent[] components) implements ClassMemberAccessPolicy {
        @Override
        public boolean isMethodExposed(Method method) {
            if (method.getParameterCount() != 0) return false;
            for (RecordComponent c : components) if (c.getAccessor().equals(method)) return true;
            return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    }

    /** An object that is not a view: a template can hold it, never look into it or print it. */
    private enum Opaque implements TemplateModel { INSTANCE }

    /** Exposes the component accessors of view records and nothing else. */
    private record ViewsOnly(String views) implements MemberAccessPolicy {
        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            return new Accessors(isView(type, views) ? type.getRecordComponents() : new RecordComponent[0]);
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return false;
        }
    }
}
