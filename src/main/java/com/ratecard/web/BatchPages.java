package com.ratecard.web;

import com.ratecard.data.InputException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;

/** The batch page: upload, then each row's status as the run goes (htmx polls; without it the page refreshes), then downloads. */
record BatchPages(Pages pages, Batches batches) {
    void show(Context ctx) {
        pages.page(ctx, "batch.ftlh", "Batch", "batch", Pages.model("batches", batches.recent().stream().map(BatchJob::view).toList(),
                "error", ""));
    }

    void upload(Context ctx) throws IOException {
        UploadedFile file = ctx.uploadedFile("openings");
        try {
            if (file == null) throw new InputException("openings", "no file chosen; expected a CSV, XLSX or YAML file of openings");
            BatchJob job;
            try (InputStream content = file.content()) {
                job = batches.start(file.filename(), file.size(), content);
            }
            ctx.redirect("/batch/" + job.id(), HttpStatus.SEE_OTHER);
        } catch (InputException e) {
            ctx.status(400);
            pages.page(ctx, "batch.ftlh", "Batch", "batch", Pages.model("batches", batches.recent().stream().map(BatchJob::view).toList(),
                    "error", e.getMessage()));
        }
    }

    void status(Context ctx) {
        pages.page(ctx, "batch-run.ftlh", "Batch", "batch", Pages.model("batch", job(ctx).view()));
    }

    /** The rows part of the status page, which htmx polls while the batch runs. */
    void rows(Context ctx) {
        pages.fragment(ctx, "batch-rows.ftlh", Pages.model("batch", job(ctx).view()));
    }

    private BatchJob job(Context ctx) {
        BatchJob job = batches.get(ctx.pathParam("id"));
        if (job == null) throw new NotFoundResponse("no such batch");
        return job;
    }

}
