package com.ratecard.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shared secret that lets the web app listen on an address other than loopback. Compared in
 * constant time; never printed ({@link #toString()} hides it). A browser that signed in carries
 * a cookie derived from it (an HMAC), never the token itself.
 */
public final class AccessToken {
    /** Short tokens are guessable: at least this many characters (e.g. {@code openssl rand -hex 16}). */
    public static final int MIN_LENGTH = 16;

    private final byte[] secret;

    private AccessToken(byte[] secret) {
        this.secret = secret;
    }

    /** @throws IllegalArgumentException when shorter than {@value #MIN_LENGTH} characters or not one line */
    public static AccessToken of(String text) {
        if (text == null || text.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the access token has " + (text == null ? 0 : text.length())
                    + " characters; expected at least " + MIN_LENGTH);
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the access token holds a line break or control character; expected one line");
        }
        return new AccessToken(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code candidate} is the token; the time taken does not depend on where they differ. */
    public boolean matches(String candidate) {
        if (candidate == null) return false;
        return MessageDigest.isEqual(sha256(secret), sha256(candidate.getBytes(StandardCharsets.UTF_8)));
    }

    /** The value of the signed-in cookie: an HMAC of a fixed label under the token. */
    String cookieValue() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("ratecard-web-signed-in/1".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean cookieMatches(String candidate) {
        if (candidate == null) return false;
        return MessageDigest.isEqual(cookieValue().getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "AccessToken[****]";
    }
}
