package com.ratecard.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * What every request passes before a page sees it: security headers on every response; on a
 * loopback address, a Host that names loopback (a page on another site cannot reach the app
 * through DNS rebinding); with an access token, a signed-in cookie or the token as a bearer
 * header; and on every state-changing request the per-browser CSRF token (a form field or
 * the {@code X-CSRF-Token} header htmx sends) equal to its cookie, plus a same-origin Origin.
 */
final class Guard {
    static final String CSRF_COOKIE = "rc_csrf";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String ACCESS_COOKIE = "rc_access";
    /** The request attribute holding the CSRF token for the page being rendered. */
    static final String CSRF_ATTRIBUTE = "csrf";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessToken token;

    /** @param token null when the app listens on loopback only */
    Guard(AccessToken token) {
        this.token = token;
    }

    /** Runs before every handler; a refused request is answered here and goes no further. */
    void before(Context ctx) {
        headers(ctx);
        if (token == null && !loopbackHost(ctx.header("Host"))) {
            refuse(ctx, HttpStatus.MISDIRECTED_REQUEST, "This app answers only on 127.0.0.1 or localhost.");
            return;
        }
        if (token != null && !signedIn(ctx) && !open(ctx.path())) {
            if (ctx.path().startsWith("/api/")) {
                ctx.header("WWW-Authenticate", "Bearer");
                refuse(ctx, HttpStatus.UNAUTHORIZED, "{\"field\":null,\"message\":\"an access token is required (Authorization: Bearer ...)\"}");
                ctx.contentType("application/json");
            } else {
                ctx.redirect("/login", HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
            }
            return;
        }
        String csrf = ctx.cookie(CSRF_COOKIE);
        boolean fresh = csrf == null || csrf.length() != 43;
        if (fresh) {
            csrf = random();
            ctx.res().addHeader("Set-Cookie", CSRF_COOKIE + "=" + csrf + "; Path=/; HttpOnly; SameSite=Strict");
        }
        ctx.attribute(CSRF_ATTRIBUTE, csrf);
        if (changesState(ctx) && !ctx.path().startsWith("/api/")) {
            String given = ctx.header(CSRF_HEADER);
            if (given == null) given = ctx.isMultipartFormData() ? ctx.queryParam(CSRF_FIELD) : ctx.formParam(CSRF_FIELD);
            if (fresh || given == null || !same(csrf, given) || !sameOrigin(ctx)) {
                refuse(ctx, HttpStatus.FORBIDDEN, "This form has expired or came from another site. Reload the page and try again.");
            }
        }
    }

    /** Signs a browser in with the token typed on the login page; false when it is wrong. */
    boolean signIn(Context ctx, String typed) {
        if (token == null || !token.matches(typed)) return false;
        ctx.res().addHeader("Set-Cookie", ACCESS_COOKIE + "=" + token.cookieValue() + "; Path=/; HttpOnly; SameSite=Strict");
        return true;
    }

    boolean tokenRequired() {
        return token != null;
    }

    private boolean signedIn(Context ctx) {
        if (token.cookieMatches(ctx.cookie(ACCESS_COOKIE))) return true;
        String auth = ctx.header("Authorization");
        return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && token.matches(auth.substring(7).strip());
    }

    private static boolean open(String path) {
        return path.equals("/login") || path.startsWith("/static/");
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on form posts, and the origin check needs it
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // quotes are the agency's business: never kept in a shared cache
        if (!ctx.path().startsWith("/static/")) ctx.header("Cache-Control", "no-store");
    }

    static boolean loopbackHost(String host) {
        if (host == null) return false;
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            name = end < 0 ? name : name.substring(0, end + 1);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return LOOPBACK_NAMES.contains(name);
    }

    private static boolean changesState(Context ctx) {
        HandlerType method = ctx.method();
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    /** A present Origin must be this app's own (scheme, host and port of the Host header). */
    private static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("null")) return origin == null;
        try {
            URI uri = URI.create(origin);
            String authority = uri.getAuthority();
            return authority != null && authority.equalsIgnoreCase(ctx.header("Host"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(Context ctx, HttpStatus status, String message) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(message);
        ctx.skipRemainingHandlers();
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
