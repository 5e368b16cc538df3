package com.ratecard.web;

import com.ratecard.data.InputException;
import com.ratecard.pricing.PricingEngine;
import com.ratecard.render.Renderer;
import com.ratecard.render.pdf.DealSheetRenderer;
import com.ratecard.render.pdf.PdfRenderer;
import com.ratecard.render.xlsx.XlsxRenderer;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;

/**
 * {@code ratecard serve}: the account managers' web app on Javalin (Jetty). Pages are rendered on
 * the server from {@code templates/web/}; htmx (the webjar's copy) makes the quote live. One
 * engine and one set of renderers serve every request; batches run on their own thread.
 */
public final class WebServer implements AutoCloseable {
    private static final String HTMX = "META-INF/resources/webjars/htmx.org/";
    private static final String STARTED = "ratecard.started";

    private final Javalin app;
    private final Batches batches;
    private final URI address;

    private WebServer(Javalin app, Batches batches, URI address) {
        this.app = app;
        this.batches = batches;
        this.address = address;
    }

    /** Starts the app (port 0: any free port); refuses a non-loopback host without a token. */
    public static WebServer start(WebSettings settings) {
        if (settings.token() == null && !loopback(settings.host())) {
            throw new IllegalArgumentException(settings.host() + " is not a loopback address and no access token is set");
        }
        PricingEngine engine = new PricingEngine(settings.market(), settings.clock());
        List<Renderer> renderers = List.of(new XlsxRenderer(settings.templates(), settings.market()),
                new PdfRenderer(settings.templates(), settings.market()), new DealSheetRenderer(settings.templates(), settings.market()));
        WebTemplates templates = WebTemplates.in(settings.templates().resolve("web"));
        FolderLock lock = new FolderLock(settings.out());
        Quoting quoting = new Quoting(engine);
        Downloads downloads = new Downloads(settings.out());
        History history = new History(settings.out(), settings.clock().getZone());
        Batches batches = new Batches(settings, engine, renderers, lock);
        String htmxVersion = htmxVersion();
        Pages pages = new Pages(templates, settings.brand().name(), "/static/htmx-" + htmxVersion + ".min.js");
        Guard guard = new Guard(settings.token());
        QuotePages quote = new QuotePages(pages, quoting, new Suggestions(settings.market()),
                new Desk(settings.out(), settings.brand(), renderers, lock, settings.clock()), downloads, new ProposalPreview());
        BatchPages batch = new BatchPages(pages, batches);
        SendPages send = new SendPages(pages, new Mailing(settings.out(), settings.mail()), history);
        HistoryPage past = new HistoryPage(pages, history);
        ApiQuote api = new ApiQuote(quoting);
        String css = templates.render("web.css.ftl", Pages.model("brand", new com.ratecard.web.view.BrandView(
                settings.brand().primary().hex(), settings.brand().accent().hex(), settings.brand().text().hex(),
                settings.brand().muted().hex(), settings.brand().font().family())));
        byte[] js = read(settings.templates().resolve("web").resolve("web.js"));
        byte[] htmx = resource(HTMX + htmxVersion + "/dist/htmx.min.js");

        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.jetty.multipartConfig.maxFileSize(settings.uploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.uploadBytes() + 64 * 1024, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.http.maxRequestSize = 1024 * 1024;
            config.routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
            config.routes.before(guard::before);
            config.routes.after(WebServer::timing);
            config.routes.get("/", ctx -> ctx.redirect("/quote"));
            config.routes.get("/quote", quote::show);
            config.routes.post("/quote", quote::submit);
            config.routes.post("/quote/live", quote::live);
            config.routes.get("/suggest", quote::suggest);
            config.routes.post("/generate", quote::generate);
            config.routes.get("/preview/*", quote::preview);
            config.routes.get("/files/*", downloads::serve);
            config.routes.get("/batch", batch::show);
            config.routes.post("/batch", batch::upload);
            config.routes.get("/batch/{id}", batch::status);
            config.routes.get("/batch/{id}/rows", batch::rows);
            config.routes.get("/send", send::show);
            config.routes.post("/send/preview", send::preview);
            config.routes.post("/send", send::send);
            config.routes.get("/send/body", send::body);
            config.routes.get("/history", past::show);
            config.routes.post("/api/quote", api::handle);
            config.routes.get("/login", ctx -> pages.page(ctx, "login.ftlh", "Sign in", "", Pages.model("error", "")));
            config.routes.post("/login", ctx -> {
                if (guard.signIn(ctx, ctx.formParam("token"))) ctx.redirect("/quote", io.javalin.http.HttpStatus.SEE_OTHER);
                else pages.page(ctx.status(401), "login.ftlh", "Sign in", "", Pages.model("error", "That is not the access token."));
            });
            config.routes.get("/static/web.css", ctx -> asset(ctx, "text/css; charset=utf-8", css.getBytes(StandardCharsets.UTF_8)));
            config.routes.get("/static/web.js", ctx -> asset(ctx, "text/javascript; charset=utf-8", js));
            config.routes.get(pages.htmxPath(), ctx -> asset(ctx, "text/javascript; charset=utf-8", htmx));
            config.routes.exception(InputException.class, (e, ctx) -> error(pages, ctx, 400, e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(pages, ctx, e.getStatus(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> { if (Boolean.getBoolean("ratecard.web.debug")) e.printStackTrace(); error(pages, ctx, 500,
                    "Unexpected failure: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())); });
        });
        app.start();
        String shown = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return new WebServer(app, batches, URI.create("http://" + shown + ":" + app.port() + "/"));
    }

    public URI address() {
        return address;
    }

    public int port() {
        return app.port();
    }

    /** Stops taking requests, lets the ones in flight finish, stops batches (a stopped batch resumes on a rerun). */
    @Override
    public void close() {
        app.stop();
        batches.close();
    }

    /** Whether every address the name resolves to is loopback. */
    public static boolean loopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) if (!address.isLoopbackAddress()) return false;
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Server-Timing: how long the app took, as browsers' developer tools and the benchmark read it. */
    private static void timing(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started != null) {
            ctx.header("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - started) / 1e6));
        }
    }

    private static void asset(Context ctx, String type, byte[] bytes) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(type).result(bytes);
    }

    private static void error(Pages pages, Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/json; charset=utf-8").result("{\"field\":null,\"message\":"
                    + com.fasterxml.jackson.databind.node.TextNode.valueOf(message) + "}\n");
        } else if (ctx.header("HX-Request") != null) {
            pages.fragment(ctx, "error-fragment.ftlh", Pages.model("message", message));
        } else {
            pages.page(ctx, "error.ftlh", "Error", "", Pages.model("message", message, "status", status));
        }
    }

    private static String htmxVersion() {
        Properties properties = new Properties();
        try (InputStream in = WebServer.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            if (in == null) throw new IllegalStateException("the htmx webjar is not on the class path");
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is not on the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("templates", file + ": unreadable (" + e.getMessage() + ")");
        }
    }
}
