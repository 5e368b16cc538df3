package com.ratecard.delivery.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The only way text reaches a mail header: every value (subject, display names, addresses) is
 * refused when it holds CR, LF, NUL or another control character, so no input can add a header;
 * addresses are parsed strictly, one mailbox each, ASCII only, with a dotted domain. Text that
 * holds what looks like an RFC 2047 encoded-word ({@code =?utf-8?q?ceo=40bank.example?=}) is itself
 * encoded, so that a mail client shows it as typed instead of decoding it into something else.
 */
public final class HeaderGuard {
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F\\u0085\\u2028\\u2029]");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final int MAX_HEADER_TEXT = 998;
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?[^?\\s]*\\?[^?\\s]*\\?");
    /** 45 bytes make 60 base64 characters: with "=?UTF-8?B?" and "?=", 72 of the 75 an encoded-word may have. */
    private static final int WORD_BYTES = 45;

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
            if (name == null) return new InternetAddress(addr, true);
            return looksEncoded(name) ? new LiteralName(addr, name) : new InternetAddress(addr, name, StandardCharsets.UTF_8.name());
        } catch (AddressException e) {
            throw new HeaderException(field, "\"" + address + "\" is not a valid email address (" + e.getMessage() + ")");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the subject; one that holds an encoded-word look-alike is encoded whole, so it displays as typed. */
    public static void subject(MimeMessage message, String subject) throws MessagingException {
        text("subject", subject);
        if (looksEncoded(subject)) message.setHeader("Subject", MimeUtility.fold(9, encodedWords(subject)));
        else message.setSubject(subject, StandardCharsets.UTF_8.name());
    }

    /** Whether a mail client would decode part of the text as an RFC 2047 encoded-word. */
    static boolean looksEncoded(String text) {
        return ENCODED_WORD.matcher(text).find();
    }

    /**
     * The text as RFC 2047 "B" encoded-words of UTF-8 (each at most 75 characters, cut between code
     * points), whatever it holds: decoded, it is the text exactly.
     */
    static String encodedWords(String text) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int bytes = 0;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + size > WORD_BYTES) break;
                bytes += size;
                end += Character.charCount(cp);
            }
            if (out.length() > 0) out.append(' ');
            out.append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(text.substring(start, end).getBytes(StandardCharsets.UTF_8)))
                    .append("?=");
            start = end;
        }
        return out.toString();
    }

    /** An address whose display name is always sent encoded (see {@link #encodedWords}). */
    private static final class LiteralName extends InternetAddress {
        LiteralName(String address, String name) throws AddressException {
            super(address, true);
            this.personal = name;
            this.encodedPersonal = encodedWords(name);
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
