package com.ratecard.delivery.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The SMTP password. Its toString never shows it; {@link #redact} removes it (and the base64 forms an
 * SMTP AUTH exchange would carry) from any text before that text is printed or stored.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        if (value == null || value.isEmpty()) throw new IllegalArgumentException("empty password");
        return new Secret(value);
    }

    /** The password itself; only the SMTP transport calls this. */
    String reveal() {
        return value;
    }

    /** The text with the password and its base64 forms replaced by ****. */
    public String redact(String text) {
        if (text == null) return null;
        String out = text;
        for (String form : forms()) out = out.replace(form, "****");
        return out;
    }

    private List<String> forms() {
        List<String> forms = new ArrayList<>();
        forms.add(value);
        forms.add(Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
        return forms;
    }

    @Override
    public String toString() {
        return "Secret[****]";
    }
}
