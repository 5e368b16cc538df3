package com.ratecard.web;

import com.ratecard.Fixtures;
import com.ratecard.delivery.mail.SendOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The web app started in-process on a free port over a fresh output folder, with an HTTP client
 * that keeps cookies like a browser (so the CSRF token works as in one).
 */
public final class WebApp implements AutoCloseable {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public final Path out;
    public final WebServer server;
    public final HttpClient http;
    private String csrf;

    public WebApp(Path out) {
        this(out, null, SendOptions.builder().templates(Fixtures.TEMPLATES).build(), "127.0.0.1");
    }

    public WebApp(Path out, AccessToken token, SendOptions mail, String host) {
        this(out, token, mail, host, Fixtures.AS_OF);
    }

    /** @param clock dates quotes: the system clock to compare with what the command line prints today */
    public WebApp(Path out, AccessToken token, SendOptions mail, String host, java.time.Clock clock) {
        this.out = out;
        WebSettings settings = new WebSettings(host, 0, out, Fixtures.TEMPLATES, Fixtures.MARKET, Fixtures.brand("northbeam"),
                token, mail, WebSettings.DEFAULT_UPLOAD_BYTES, 200, clock);
        this.server = WebServer.start(settings);
        this.http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) csrf = m.group(1);
        return response;
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The CSRF token of the last page read (reads the quote page first if none was). */
    public String csrf() throws IOException, InterruptedException {
        if (csrf == null) get("/quote");
        return csrf;
    }

    /** A form post with the page's CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", csrf());
        return postRaw(path, form(all), "application/x-www-form-urlencoded");
    }

    public HttpResponse<String> postRaw(String path, String body, String type) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        server.close();
    }
}
