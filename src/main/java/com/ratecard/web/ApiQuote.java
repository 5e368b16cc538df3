package com.ratecard.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ratecard.data.InputException;
import com.ratecard.data.OpeningFields;
import com.ratecard.pricing.Quote;
import com.ratecard.render.json.QuoteJson;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/quote} for scripts and the agency's ATS: the opening's fields as JSON (an
 * object of batch column names; skills may be a list, numbers and booleans as such) or as a
 * form; answers exactly the JSON of {@code ratecard quote --format json}, or HTTP 400 with
 * {@code {"field": ..., "message": ...}}. It changes nothing, so it needs no CSRF token.
 */
final class ApiQuote {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Quoting quoting;

    ApiQuote(Quoting quoting) {
        this.quoting = quoting;
    }

    void handle(Context ctx) {
        ctx.contentType("application/json; charset=utf-8");
        try {
            QuoteForm form = QuoteForm.of(fields(ctx));
            Quote quote = quoting.engine().price(form.fields().buildForQuote(quoting.engine().data().policy()));
            ctx.result(QuoteJson.write(quote) + "\n");
        } catch (InputException e) {
            String field = "skill".equals(e.field()) ? "skills" : e.field();
            ObjectNode error = JSON.createObjectNode().put("field", field).put("message", Quoting.problem(e.getMessage(), field));
            ctx.status(400).result(error.toString() + "\n");
        }
    }

    private static Map<String, List<String>> fields(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("application/json")) return ctx.formParamMap();
        JsonNode root;
        try {
            root = JSON.readTree(ctx.body());
        } catch (java.io.IOException e) {
            throw new InputException("body", "body: not valid JSON; expected an object such as {\"client\": \"Acme\", \"role\": \"MLOps Engineer\", ...}");
        }
        if (root == null || !root.isObject()) throw new InputException("body", "body: not a JSON object; expected the opening's fields");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (var it = root.fields(); it.hasNext(); ) {
            var field = it.next();
            String name = field.getKey();
            if (!OpeningFields.NAMES.contains(name)) {
                throw new InputException(name, name + ": unknown field; expected one of " + String.join(", ", OpeningFields.NAMES));
            }
            JsonNode value = field.getValue();
            if (value.isNull()) continue;
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asText()));
                fields.put(name, List.of(String.join("; ", items)));
            } else if (value.isBoolean()) {
                fields.put(name, List.of(value.asBoolean() ? "yes" : "no"));
            } else if (value.isValueNode()) {
                fields.put(name, List.of(value.asText()));
            } else {
                throw new InputException(name, name + ": a JSON object; expected text, a number, a boolean or a list");
            }
        }
        return fields;
    }
}
