package com.ratecard.web;

import com.ratecard.web.view.PageView;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders pages (inside the frame of {@code layout.ftlh}) and htmx fragments from the web templates. */
record Pages(WebTemplates templates, String agency, String htmxPath) {
    /** A whole page: the model plus {@code page} (title, active tab, agency, CSRF token). */
    void page(Context ctx, String template, String title, String active, Map<String, Object> model) {
        ctx.contentType("text/html; charset=utf-8").result(render(ctx, template, title, active, model));
    }

    String render(Context ctx, String template, String title, String active, Map<String, Object> model) {
        Map<String, Object> all = new LinkedHashMap<>(model);
        all.put("page", new PageView(title, active, agency, ctx.attribute(Guard.CSRF_ATTRIBUTE), htmxPath));
        return templates.render(template, all);
    }

    /** Part of a page, for an htmx swap; sees the same {@code page}. */
    void fragment(Context ctx, String template, Map<String, Object> model) {
        page(ctx, template, "", "", model);
    }

    static Map<String, Object> model(Object... pairs) {
        Map<String, Object> model = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) model.put((String) pairs[i], pairs[i + 1]);
        return model;
    }
}
