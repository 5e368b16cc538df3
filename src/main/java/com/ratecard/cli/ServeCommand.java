package com.ratecard.cli;

import com.ratecard.data.InputException;
import com.ratecard.data.MarketData;
import com.ratecard.delivery.mail.SendOptions;
import com.ratecard.web.AccessToken;
import com.ratecard.web.WebServer;
import com.ratecard.web.WebSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Starts the account managers' web app on this machine until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start the web app: quote openings live, generate their deliverables into OUT, run batches, "
                + "preview and send emails, and look back at what was generated.",
                "It listens on 127.0.0.1 only, unless --host names another address and an access token is set "
                        + "(environment variable " + ServeCommand.TOKEN_ENV + " or --token-file). Ctrl-C stops it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"130:stopped with Ctrl-C (after closing cleanly; SIGTERM: 143)", "1:unexpected failure (e.g. the port is taken)",
                "2:bad option: another host without an access token, unreadable token file, bad brand", "3:the salary data is invalid"})
public final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_ENV = "RATECARD_WEB_TOKEN";

    @Spec
    CommandSpec spec;
    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}); another than loopback needs an access token.")
    String host = "127.0.0.1";
    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port = 8080;
    @Option(names = "--out", paramLabel = "DIR", description = "Output folder the app writes (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");
    @Mixin
    BrandOptions brand;
    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding the access token (one line); default: the environment variable " + TOKEN_ENV + ".")
    Path tokenFile;
    @Option(names = "--max-upload-rows", paramLabel = "N", description = "Most openings a batch upload may have (default: ${DEFAULT-VALUE}).")
    int maxRows = WebSettings.DEFAULT_UPLOAD_ROWS;
    @ArgGroup(exclusive = false, heading = "%nMail (for the send page):%n")
    MailOptions mail = new MailOptions();
    /** The environment; a field so that tests can replace it. */
    Function<String, String> environment = System::getenv;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) throw new InputException("port", "--port: " + port + "; expected 0 to 65535");
        if (maxRows < 1) throw new InputException("max-upload-rows", "--max-upload-rows: " + maxRows + "; expected 1 or more");
        AccessToken token = token();
        if (token == null && !WebServer.loopback(host)) {
            throw new InputException("host", "--host " + host + " is not a loopback address: set an access token in " + TOKEN_ENV
                    + " or give --token-file FILE, or leave --host at 127.0.0.1");
        }
        MarketData market = CommonOptions.of(spec).loadData();
        Path templates = Home.dir().resolve("templates");
        var loaded = brand.load();
        SendOptions mailOptions = mail.toSendOptions(brand.id(), spec.commandLine().getErr());
        WebSettings settings = new WebSettings(host, port, out, templates, market, loaded, token, mailOptions,
                WebSettings.DEFAULT_UPLOAD_BYTES, maxRows, Clock.systemDefaultZone());
        PrintWriter stdout = spec.commandLine().getOut();
        // Ctrl-C runs the hook: it wakes this thread, then holds the JVM until the server has closed.
        Thread hook = new Thread(() -> {
            stopped.countDown();
            try {
                closed.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ratecard-serve-stop");
        try (WebServer server = WebServer.start(settings)) {
            Runtime.getRuntime().addShutdownHook(hook);
            stdout.println("ratecard serve: " + server.address() + " (output folder " + settings.out() + "; Ctrl-C stops)");
            if (token != null) stdout.println("ratecard serve: sign in with the access token; scripts send it as \"Authorization: Bearer ...\"");
            stdout.flush();
            stopped.await();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // shutting down already (Ctrl-C), or the hook was never added
            }
        }
        stdout.println("ratecard serve: stopped");
        stdout.flush();
        closed.countDown();
        return ExitCodes.OK;
    }

    /** Stops a running server, as Ctrl-C does (for tests and embedding). */
    void stop() {
        stopped.countDown();
    }

    /** The token from --token-file or the environment; null when neither gives one. */
    private AccessToken token() {
        String text;
        if (tokenFile != null) {
            try {
                text = Files.readString(tokenFile, StandardCharsets.UTF_8).replaceFirst("\\r?\\n\\z", "");
            } catch (IOException e) {
                throw new InputException("token-file", "--token-file: " + tokenFile + " cannot be read (" + e.getClass().getSimpleName()
                        + "); expected a file holding the access token");
            }
        } else {
            text = environment.apply(TOKEN_ENV);
            if (text == null || text.isEmpty()) return null;
        }
        try {
            return AccessToken.of(text);
        } catch (IllegalArgumentException e) {
            throw new InputException("token", (tokenFile != null ? "--token-file: " : TOKEN_ENV + ": ") + e.getMessage()
                    + " (e.g. openssl rand -hex 16)");
        }
    }
}
