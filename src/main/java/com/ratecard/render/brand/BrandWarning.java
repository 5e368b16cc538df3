package com.ratecard.render.brand;

/**
 * Something about a brand, or about who sends a document in its name, that a person should look
 * at before clients see it; the documents are still made. {@code code} is stable for scripts
 * ({@code accent-contrast}, {@code account-manager-domain}), {@code field} names what to change,
 * {@code message} says what is wrong in one line.
 */
public record BrandWarning(String code, String field, String message) {
    public static final String ACCENT_CONTRAST = "accent-contrast";
    public static final String ACCOUNT_MANAGER_DOMAIN = "account-manager-domain";

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
