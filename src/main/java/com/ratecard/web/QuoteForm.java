package com.ratecard.web;

import com.ratecard.data.Budget;
import com.ratecard.data.Opening;
import com.ratecard.data.OpeningFields;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.pricing.Money;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The quote form as typed: every field of an opening under its batch column name ({@link
 * OpeningFields#NAMES}), blank ones as "". Immutable. It becomes an opening through {@link
 * OpeningFields}, so a bad field fails with the CLI's words.
 */
final class QuoteForm {
    /** How errors name where a field came from, as the CLI says "options". */
    static final String ORIGIN = "form";

    private final Map<String, String> values;

    private QuoteForm(Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String name : OpeningFields.NAMES) all.put(name, values.getOrDefault(name, "").strip());
        this.values = java.util.Collections.unmodifiableMap(all);
    }

    static QuoteForm empty() {
        return new QuoteForm(Map.of());
    }

    /** From request parameters (form fields or a query string); unknown names are ignored. */
    static QuoteForm of(Map<String, List<String>> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : OpeningFields.NAMES) {
            List<String> given = params.get(name);
            if (given == null || given.isEmpty()) continue;
            // a field given twice (the remote checkbox beside a hidden default) counts its last non-blank value
            String value = given.stream().filter(v -> v != null && !v.isBlank()).reduce((a, b) -> b).orElse("");
            values.put(name, value);
        }
        return new QuoteForm(values);
    }

    /** An opening written back as the form would hold it (a lever's changed opening). */
    static QuoteForm of(Opening o) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("client", o.client());
        v.put("contact_name", o.contactName());
        v.put("contact_email", o.contactEmail());
        v.put("role", o.role());
        v.put("level", o.level());
        v.put("years", o.years() == null ? null : Money.number(o.years()));
        v.put("location", o.location());
        v.put("work_arrangement", o.workArrangement() == null ? null : o.workArrangement().id());
        v.put("skills", String.join("; ", o.skills()));
        v.put("clearance", o.clearance().id());
        v.put("engagement", o.engagement().id());
        v.put("budget", budget(o.budget()));
        v.put("effective_date", o.effectiveDate() == null ? null : o.effectiveDate().toString());
        v.put("account_manager", o.accountManager());
        v.put("account_manager_email", o.accountManagerEmail());
        v.put("notes", o.notes());
        v.values().removeIf(java.util.Objects::isNull);
        return new QuoteForm(v);
    }

    /** An opening as a manifest recorded it (the history page's "quote again"). */
    static QuoteForm of(Manifest.OpeningInfo o) {
        Map<String, String> v = new LinkedHashMap<>();
        put(v, "client", o.client());
        put(v, "contact_name", o.contactName());
        put(v, "contact_email", o.contactEmail());
        put(v, "role", o.role());
        put(v, "level", o.level());
        put(v, "years", o.years() == null ? null : Money.number(o.years()));
        put(v, "location", o.location());
        put(v, "work_arrangement", o.workArrangement());
        put(v, "skills", o.skills() == null ? null : String.join("; ", o.skills()));
        put(v, "clearance", o.clearance());
        put(v, "engagement", o.engagement());
        if (o.budget() != null) {
            put(v, "budget", "hourly".equals(o.budgetUnit()) ? budget(Budget.hourly(o.budget())) : Money.number(o.budget()));
        }
        put(v, "effective_date", o.effectiveDate());
        put(v, "account_manager", o.accountManager());
        put(v, "account_manager_email", o.accountManagerEmail());
        put(v, "notes", o.notes());
        if (o.raw() != null) o.raw().forEach(v::putIfAbsent); // a failed row: the cells as typed
        return new QuoteForm(v);
    }

    private static void put(Map<String, String> v, String name, String value) {
        if (value != null) v.put(name, value);
    }

    private static String budget(Budget budget) {
        if (budget == null) return null;
        return budget.hourly() ? Money.number(budget.amount()) + "/h" : Money.number(budget.amount());
    }

    Map<String, String> values() {
        return values;
    }

    String get(String name) {
        return values.getOrDefault(name, "");
    }

    boolean blank() {
        return values.values().stream().allMatch(String::isEmpty);
    }

    /** This form with {@code other}'s values where the two openings differ: applying a lever keeps what it doesn't change. */
    QuoteForm withChanges(QuoteForm before, QuoteForm after) {
        Map<String, String> v = new LinkedHashMap<>(values);
        for (String name : OpeningFields.NAMES) {
            if (!before.get(name).equals(after.get(name))) v.put(name, after.get(name));
        }
        // a lever that names a level replaces the years (and the other way round)
        if (!after.get("level").isEmpty() && after.get("years").isEmpty() && !before.get("level").equals(after.get("level"))) v.put("years", "");
        return new QuoteForm(v);
    }

    QuoteForm with(String name, String value) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(name, value);
        return new QuoteForm(v);
    }

    /** The fields for {@link OpeningFields#build}. */
    OpeningFields fields() {
        OpeningFields fields = new OpeningFields(ORIGIN);
        values.forEach((name, value) -> fields.set(name, value, 0));
        return fields;
    }

    /** A query string that opens this form again ({@code /quote?client=...}). */
    String query() {
        return values.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
