package com.ratecard.web;

import io.javalin.http.Context;

/** The history page: every generated opening from the output folder's manifests, filtered by client, role and date. */
record HistoryPage(Pages pages, History history) {
    void show(Context ctx) {
        String client = value(ctx.queryParam("client"));
        String role = value(ctx.queryParam("role"));
        String from = value(ctx.queryParam("from"));
        String to = value(ctx.queryParam("to"));
        pages.page(ctx, "history.ftlh", "History", "history", Pages.model("entries", history.search(client, role, from, to),
                "client", client, "role", role, "from", from, "to", to));
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
