package com.ratecard.web;

import com.ratecard.data.Level;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.web.view.FileView;
import com.ratecard.web.view.LineView;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The quote page: the form (prefilled from a query string, e.g. from history), the quote it
 * prices, live while typing (htmx posts the form to {@code /quote/live} and swaps the result and
 * the errors beside the fields); a lever re-fills the form; generate writes the deliverables and
 * shows the proposal's first page. Every part works as plain form posts without JavaScript.
 */
final class QuotePages {
    private final Pages pages;
    private final Quoting quoting;
    private final Suggestions suggestions;
    private final Desk desk;
    private final Downloads downloads;
    private final ProposalPreview preview;
    private final List<LineView> levels;

    QuotePages(Pages pages, Quoting quoting, Suggestions suggestions, Desk desk, Downloads downloads, ProposalPreview preview) {
        this.pages = pages;
        this.quoting = quoting;
        this.suggestions = suggestions;
        this.desk = desk;
        this.downloads = downloads;
        this.preview = preview;
        this.levels = quoting.engine().data().levelsByRank().stream()
                .map((Level l) -> new LineView(l.name(), l.id(), l.yearsLabel())).toList();
    }

    /** GET /quote: the form as the query string fills it, priced when it holds anything. */
    void show(Context ctx) {
        render(ctx, quoting.price(QuoteForm.of(ctx.queryParamMap()), false), 200);
    }

    /** POST /quote: the whole page; with {@code lever} set, that lever applied to the form first. */
    void submit(Context ctx) {
        QuoteForm form = QuoteForm.of(ctx.formParamMap());
        String lever = ctx.formParam("lever");
        Quoting.Result result = lever == null || lever.isBlank() ? quoting.price(form, false) : quoting.apply(form, lever);
        render(ctx, result, result.errors().isEmpty() ? 200 : 400);
    }

    /** POST /quote/live: the result panel and the field errors, for htmx. */
    void live(Context ctx) {
        Quoting.Result result = quoting.price(QuoteForm.of(ctx.formParamMap()), false);
        pages.fragment(ctx, "quote-live.ftlh", model(result));
    }

    /** GET /suggest?field=role&role=...: names to pick while typing. */
    void suggest(Context ctx) {
        String field = ctx.queryParam("field");
        String typed = field == null ? "" : ctx.queryParam(field);
        if (typed == null) typed = "";
        if ("skills".equals(field)) typed = typed.substring(typed.lastIndexOf(';') + 1);
        pages.fragment(ctx, "suggest.ftlh", Pages.model("field", field == null ? "" : field,
                "suggestions", suggestions.forField(field == null ? "" : field, typed)));
    }

    /** POST /generate: writes the deliverables (the client is required now) and shows them. */
    void generate(Context ctx) throws IOException {
        Quoting.Result result = quoting.price(QuoteForm.of(ctx.formParamMap()), true);
        if (!result.priced()) {
            render(ctx, result.errors().isEmpty() ? new Quoting.Result(result.form(), null,
                    Map.of(Quoting.GENERAL, "nothing to generate yet; expected an opening in the form")) : result, 400);
            return;
        }
        List<WrittenFile> files = desk.generate(result.quote());
        List<FileView> views = files.stream().map(f -> Downloads.view("", f)).toList();
        String pdf = files.stream().filter(f -> "pdf".equals(f.format())).map(WrittenFile::path).findFirst().orElse(null);
        Map<String, Object> model = model(result);
        model.put("files", views);
        model.put("preview", pdf == null ? "" : "/preview/" + Downloads.url(pdf).substring(Downloads.PREFIX.length()));
        model.put("requote", "/quote?" + result.form().query());
        pages.page(ctx, "generate.ftlh", "Generated: " + result.quote().opening().client(), "quote", model);
    }

    /** GET /preview/<pdf path>: the proposal's first page as PNG. */
    void preview(Context ctx) throws IOException {
        String relative = java.net.URLDecoder.decode(ctx.path().substring("/preview/".length()).replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8);
        if (!relative.endsWith(".pdf")) throw new NotFoundResponse("not a proposal");
        Path pdf = downloads.find(relative).orElseThrow(() -> new NotFoundResponse("no such proposal in the output folder"));
        ctx.contentType("image/png").result(preview.firstPage(pdf));
    }

    private void render(Context ctx, Quoting.Result result, int status) {
        ctx.status(status);
        pages.page(ctx, "quote.ftlh", "Quote", "quote", model(result));
    }

    private Map<String, Object> model(Quoting.Result result) {
        return Pages.model("form", result.form().values(), "errors", result.errors(), "levels", levels,
                "quote", result.priced() ? QuoteViews.of(result.quote()) : null,
                "clientHint", result.priced() && result.form().get("client").isEmpty(),
                "needed", result.needed().replace('_', ' '));
    }
}
