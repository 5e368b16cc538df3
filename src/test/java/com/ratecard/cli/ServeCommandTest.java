package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ratecard serve through execute: refuses other addresses without a token, serves, stops. */
class ServeCommandTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private Run run(ServeCommand command, Map<String, String> env, String... args) {
        command.environment = env::get;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine own = Main.commandLine(Terminal.NONE, (Object) command);
        own.setOut(new PrintWriter(out));
        own.setErr(new PrintWriter(err));
        int code = own.execute(serve(args));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anotherAddressWithoutATokenIsRefusedInOneLine() {
        Run r = run(new ServeCommand(), Map.of(), "--host", "0.0.0.0", "--port", "0", "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--host 0.0.0.0 is not a loopback address: set an access token in RATECARD_WEB_TOKEN"), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing started, nothing written");
    }

    @Test
    void aShortOrUnreadableTokenIsBadInput() throws Exception {
        Run shortToken = run(new ServeCommand(), Map.of("RATECARD_WEB_TOKEN", "secret"), "--host", "0.0.0.0", "--port", "0");
        assertEquals(2, shortToken.code());
        assertTrue(shortToken.err().contains("expected at least 16"), shortToken.err());
        assertFalse(shortToken.err().contains("secret"), "the token is never printed");
        Run missing = run(new ServeCommand(), Map.of(), "--token-file", dir.resolve("none").toString(), "--port", "0");
        assertEquals(2, missing.code());
    }

    @Test
    void servesOnLoopbackAndStopsCleanly() throws Exception {
        ServeCommand command = new ServeCommand();
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> {
            CommandLine cli = Main.commandLine(Terminal.NONE, (Object) command);
            cli.setOut(new PrintWriter(out, true));
            return cli.execute("serve", "--port", "0", "--out", dir.resolve("out").toString());
        });
        URI address = address(out);
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(address.resolve("/quote")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(address.getHost().equals("127.0.0.1"));
        command.stop();
        assertEquals(0, code.get(30, TimeUnit.SECONDS));
        assertTrue(out.toString().contains("ratecard serve: stopped"));
    }

    @Test
    void withATokenItAsksBrowsersToSignInAndScriptsForTheBearer() throws Exception {
        Files.writeString(dir.resolve("token"), TOKEN + "\n");
        ServeCommand command = new ServeCommand();
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> {
            CommandLine cli = Main.commandLine(Terminal.NONE, (Object) command);
            cli.setOut(new PrintWriter(out, true));
            return cli.execute("serve", "--port", "0", "--token-file", dir.resolve("token").toString(), "--out", dir.resolve("out").toString());
        });
        URI address = address(out);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(address.resolve("/quote")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, page.statusCode());
        assertEquals("/login", page.headers().firstValue("Location").orElse(""));
        String login = http.send(HttpRequest.newBuilder(address.resolve("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertTrue(csrf.find());
        HttpResponse<String> wrong = http.send(post(address.resolve("/login"), "_csrf=" + csrf.group(1) + "&token=guess"), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> right = http.send(post(address.resolve("/login"), "_csrf=" + csrf.group(1) + "&token=" + TOKEN), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, right.statusCode());
        assertFalse(right.headers().allValues("Set-Cookie").toString().contains(TOKEN), "the cookie is not the token");
        assertEquals(200, http.send(HttpRequest.newBuilder(address.resolve("/quote")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        String opening = "{\"client\":\"Acme\",\"role\":\"MLOps Engineer\",\"level\":\"mid\",\"location\":\"Austin\"}";
        HttpClient script = HttpClient.newHttpClient();
        assertEquals(401, script.send(json(address, opening, null), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, script.send(json(address, opening, TOKEN), HttpResponse.BodyHandlers.ofString()).statusCode());
        command.stop();
        assertEquals(0, code.get(30, TimeUnit.SECONDS));
        assertFalse(out.toString().contains(TOKEN), "never printed");
    }

    private static HttpRequest post(URI uri, String form) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static HttpRequest json(URI address, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(address.resolve("/api/quote")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b.build();
    }

    private static URI address(StringWriter out) throws InterruptedException {
        Pattern line = Pattern.compile("ratecard serve: (http://\\S+)");
        for (int i = 0; i < 300; i++) {
            Matcher m = line.matcher(out.toString());
            if (m.find()) return URI.create(m.group(1));
            Thread.sleep(100);
        }
        throw new AssertionError("serve printed no address: " + out);
    }

    private static String[] serve(String... args) {
        String[] out = new String[args.length + 1];
        out[0] = "serve";
        System.arraycopy(args, 0, out, 1, args.length);
        return out;
    }
}
