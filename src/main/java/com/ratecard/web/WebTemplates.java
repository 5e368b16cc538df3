package com.ratecard.web;

import com.ratecard.data.InputException;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The web pages' FreeMarker templates ({@code templates/web/}), locked down like the proposal's:
 * {@code .ftlh} pages escape everything as HTML, {@code ?new} resolves nothing, {@code ?api} is
 * off, and of Java objects only the accessors of the view records ({@code com.ratecard.web.view})
 * are visible: no {@code getClass()}, no other method, field or constructor. Configured once,
 * shared by every request thread. Becomes issue 12's one configuration in {@code render}.
 */
final class WebTemplates {
    private static final String VIEWS = "com.ratecard.web.view.";
    private final Configuration config;

    WebTemplates(Path dir) {
        if (!Files.isDirectory(dir)) throw new InputException("templates", dir + ": no such folder; expected the web app's templates");
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
        config.setOutputEncoding(StandardCharsets.UTF_8.name());
        config.setURLEscapingCharset(StandardCharsets.UTF_8.name());
        config.setRecognizeStandardFileExtensions(true); // .ftlh: HTML auto-escaping
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocale(Locale.US);
        config.setNumberFormat("computer");
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(new ViewRecordsOnly());
        wrapper.setExposeFields(false);
        config.setObjectWrapper(wrapper.build());
        return config;
    }

    /** Fills template {@code name} with {@code model}. */
    String render(String name, Object model) {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            Template template = config.getTemplate(name);
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw new InputException("template", e.getTemplateName() + ":" + e.getLineNumber() + ": template: " + e.getEditorMessage());
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName() + ":" + e.getLineNumber();
            throw new InputException("template", where + ": template: " + e.getMessageWithoutStackTop().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new InputException("template", name + ": template: " + e.getMessage());
        }
    }

    /** Only a view record's component accessors; nothing of any other class. */
    static final class ViewRecordsOnly implements MemberAccessPolicy {
        private static final ClassMemberAccessPolicy NOTHING = new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return false;
            }

            @Override
            public boolean isConstructorExposed(java.lang.reflect.Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(java.lang.reflect.Field field) {
                return false;
            }
        };

        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            if (!type.isRecord() || !type.getName().startsWith(VIEWS)) return NOTHING;
            var accessors = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toList();
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method method) {
                    return accessors.contains(method);
                }

                @Override
                public boolean isConstructorExposed(java.lang.reflect.Constructor<?> constructor) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(java.lang.reflect.Field field) {
                    return false;
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return false;
        }
    }
}
