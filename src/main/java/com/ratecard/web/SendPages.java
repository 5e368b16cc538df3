package com.ratecard.web;

import com.ratecard.data.InputException;
import com.ratecard.delivery.mail.SendOptions;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/** The send page: pick a run, preview its emails (a dry run to its outbox), then send them with the ledger's rules. */
record SendPages(Pages pages, Mailing mailing, History history) {
    /** The preview frame's own policy: the email's inline styles, no script, nothing fetched, framed only by the app. */
    static final String BODY_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox";

    void show(Context ctx) {
        String run = ctx.queryParam("run");
        render(ctx, run == null ? "" : run, "opening", false, null, "", "");
    }

    void preview(Context ctx) throws IOException {
        act(ctx, false);
    }

    void send(Context ctx) throws IOException {
        act(ctx, true);
    }

    private void act(Context ctx, boolean send) throws IOException {
        String run = value(ctx.formParam("run"));
        String per = "client".equals(ctx.formParam("per")) ? "client" : "opening";
        boolean cc = "yes".equals(ctx.formParam("cc_account_manager"));
        try {
            SendOptions.Per mode = per.equals("client") ? SendOptions.Per.CLIENT : SendOptions.Per.OPENING;
            Mailing.Run result = send ? mailing.send(run, mode, cc, "yes".equals(ctx.formParam("resend_changed")))
                    : mailing.preview(run, mode, cc);
            render(ctx, run, per, cc, result, "", send ? "send" : "preview");
        } catch (InputException e) {
            ctx.status(400);
            render(ctx, run, per, cc, null, e.getMessage(), "");
        }
    }

    /** GET /send/body?run=&file=: an outbox message's HTML body, shown in a sandboxed frame. */
    void body(Context ctx) throws IOException {
        String html = mailing.body(value(ctx.queryParam("run")), ctx.queryParam("file"));
        ctx.header("Content-Security-Policy", BODY_CSP);
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private void render(Context ctx, String run, String per, boolean cc, Mailing.Run result, String error, String mode) {
        Map<String, Object> model = Pages.model("runs", history.runs(), "run", run, "per", per, "cc", cc,
                "canSend", mailing.canSend(), "server", mailing.server(), "error", error,
                "outcomes", result == null ? null : result.outcomes(), "messages", result == null ? null : result.messages(),
                "summary", result == null ? "" : result.summary(), "mode", mode);
        pages.page(ctx, "send.ftlh", "Send", "send", model);
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
