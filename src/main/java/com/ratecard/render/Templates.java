package com.ratecard.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one FreeMarker set-up of every template a person edits: the proposal, the rate card and the
 * email. Templates see their view records and nothing else of Java. A view record (a public record
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
    private static final DefaultObjectWrapper WRAPPER = wrapper();

    private Templates() {}

    /** A locked-down configuration for the templates in {@code dir}. */
    public static Configuration configuration(Path dir, Output output) throws IOException {
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
        config.setObjectWrapper(WRAPPER);
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

    private static DefaultObjectWrapper wrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setMemberAccessPolicy(new ViewsOnly());
        builder.setExposeFields(false);
        return new ViewWrapper(builder);
    }

    private static boolean isView(Class<?> type) {
        return type.isRecord() && type.getPackageName().startsWith(VIEWS) && java.lang.reflect.Modifier.isPublic(type.getModifiers());
    }

    /** Wraps view records as {@link RecordModel}s and every other unknown object as {@link Opaque}. */
    private static final class ViewWrapper extends DefaultObjectWrapper {
        ViewWrapper(DefaultObjectWrapperBuilder builder) {
            super(builder, true);
        }

        @Override
        protected TemplateModel handleUnknownType(Object obj) {
            return isView(obj.getClass()) ? new RecordModel((Record) obj, this) : Opaque.INSTANCE;
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
    private static final class ViewsOnly implements MemberAccessPolicy {
        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            return new Accessors(isView(type) ? type.getRecordComponents() : new RecordComponent[0]);
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return false;
        }
    }
}
