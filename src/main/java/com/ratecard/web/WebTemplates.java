package com.ratecard.web;

import com.ratecard.render.TemplateLockdown;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The web pages' FreeMarker templates ({@code templates/web/}), locked down like the proposal's:
 * {@code .ftlh} pages escape everything as HTML, {@code ?new} resolves nothing, {@code ?api} is
 * off, and of Java objects only the accessors of the view records ({@code com.ratecard.web.view})
 * are visible: no {@code getClass()}, no other method, field or constructor. Configured once,
 * shared by every request thread. Becomes issue 12's one configuration in {@code render}.
 */
record WebTemplates(Path dir, Configuration config) {
    private static final String VIEWS = "com.ratecard.web.view.";

    /** The templates of {@code dir}, configured once. */
    static WebTemplates in(Path dir) {
        return new WebTemplates(dir, configuration(dir));
    }

    private static Configuration configuration(Path dir) {
        Configuration config = TemplateLockdown.configuration(dir, "the web app's templates (quote.ftlh, web.css.ftl, web.js...)");
        config.setOutputEncoding(StandardCharsets.UTF_8.name());
        config.setURLEscapingCharset(StandardCharsets.UTF_8.name());
        config.setRecognizeStandardFileExtensions(true); // .ftlh: HTML auto-escaping
        config.setNumberFormat("computer");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(new ViewRecordsOnly());
        wrapper.setExposeFields(false);
        config.setObjectWrapper(wrapper.build());
        return config;
    }

    /** Fills template {@code name} with {@code model}. */
    String render(String name, Object model) {
        return TemplateLockdown.process(config, dir, name, model);
    }

    /** Only a view record's component accessors; nothing of any other class. */
    static final class ViewRecordsOnly implements MemberAccessPolicy {
        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            if (!type.isRecord() || !type.getName().startsWith(VIEWS)) return new Exposed(List.of());
            return new Exposed(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toList());
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return false;
        }
    }

    /** These methods and nothing else: no constructor, no field. */
    private record Exposed(List<Method> methods) implements ClassMemberAccessPolicy {
        @Override
        public boolean isMethodExposed(Method method) {
            return methods.contains(method);
        }

        @Override
        public boolean isConstructorExposed(java.lang.reflect.Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(java.lang.reflect.Field field) {
            return false;
        }
    }
}
