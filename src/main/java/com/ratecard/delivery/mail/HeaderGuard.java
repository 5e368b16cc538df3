package com.ratecard.delivery.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The only way text reaches a mail header: every value (subject, display names, addresses) is
 * refused when it holds CR, LF, NUL or another control character, so no input can add a header;
 * addresses are parsed strictly, one mailbox each, ASCII only, with a dotted domain.
 */
public final class HeaderGuard {
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F\\u0085\\u2028\\u2029]");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final int MAX_HEADER_TEXT = 998;

    private HeaderGuard() {}

    /** A header value refused: names the field and says why, never echoes control characters. */
    public static final class HeaderException extends IllegalArgumentException {
        private final String field;

        HeaderException(String field, String problem) {
            super(field + ": " + problem);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Refuses CR, LF, NUL and other control characters (a tab is allowed); returns the value. */
    public static String text(String field, String value) {
        if (value == null) return null;
        if (CONTROL.matcher(value).find()) {
            throw new HeaderException(field, "contains a line break or control character (" + printable(value)
                    + "); refused so that nobody can add mail headers");
        }
        if (value.length() > MAX_HEADER_TEXT) throw new HeaderException(field, "longer than " + MAX_HEADER_TEXT + " characters");
        return value;
    }

    /**
     * One mailbox, strictly: "name@example.com" or "Name <name@example.com>". Refuses groups, lists,
     * missing or undotted domains, non-ASCII addresses and any control character.
     */
    public static InternetAddress address(String field, String text) {
        if (text == null || text.isBlank()) throw new HeaderException(field, "empty; expected an email address");
        text(field, text);
        InternetAddress[] parsed;
        try {
            parsed = InternetAddress.parseHeader(text.strip(), true);
        } catch (AddressException e) {
            throw new HeaderException(field, "\"" + text.strip() + "\" is not a valid email address (" + e.getMessage() + ")");
        }
        if (parsed.length != 1) {
            throw new HeaderException(field, "\"" + text.strip() + "\" holds " + parsed.length + " addresses; expected exactly one");
        }
        InternetAddress one = parsed[0];
        return mailbox(field, one.getAddress(), one.getPersonal());
    }

    /** An address plus an optional display name (which may be any script; it is RFC 2047-encoded). */
    public static InternetAddress mailbox(String field, String email, String displayName) {
        if (email == null || email.isBlank()) throw new HeaderException(field, "empty; expected an email address");
        text(field, email);
        text(field + " name", displayName);
        String address = email.strip();
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(address)) {
            throw new HeaderException(field, "\"" + address + "\" has non-ASCII characters; expected a plain ASCII address");
        }
        try {
            InternetAddress strict = new InternetAddress(address, true);
            strict.validate();
            if (strict.isGroup()) throw new HeaderException(field, "\"" + address + "\" is a group; expected one address");
            String addr = strict.getAddress();
            int at = addr.lastIndexOf('@');
            if (at <= 0 || at == addr.length() - 1) {
                throw new HeaderException(field, "\"" + address + "\" is not an address; expected name@example.com");
            }
            String domain = addr.substring(at + 1);
            if (!DOMAIN.matcher(domain).matches()) {
                throw new HeaderException(field, "\"" + address + "\" has no valid domain; expected name@example.com");
            }
            String name = displayName == null || displayName.isBlank() ? null : displayName.strip();
            return name == null ? new InternetAddress(addr, true) : new InternetAddress(addr, name, StandardCharsets.UTF_8.name());
        } catch (AddressException e) {
            throw new HeaderException(field, "\"" + address + "\" is not a valid email address (" + e.getMessage() + ")");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lower-case address, as used for the ledger and de-duplication. */
    public static String key(InternetAddress address) {
        return address.getAddress().toLowerCase(Locale.ROOT);
    }

    /** The value quoted, cut at 80 characters, with control characters shown as \r, \n, \u0000. */
    static String printable(String value) {
        return "\"" + escape(value.length() > 80 ? value.substring(0, 80) + "…" : value) + "\"";
    }

    /** The text with control characters shown as \r, \n, \u0000: safe to print on one line. */
    public static String escape(String text) {
        if (text == null) return null;
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
