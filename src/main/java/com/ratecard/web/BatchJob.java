package com.ratecard.web;

import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.web.view.BatchRowView;
import com.ratecard.web.view.BatchView;
import com.ratecard.web.view.FileView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/** One uploaded batch and how far it got: rows arrive from the runner's threads, the page reads them. */
final class BatchJob {
    enum State { QUEUED, RUNNING, DONE, FAILED }

    private final String id;
    private final String input;
    private final String folder;
    private final int total;
    private final ConcurrentSkipListMap<Integer, Manifest.Entry> rows = new ConcurrentSkipListMap<>();
    private volatile State state = State.QUEUED;
    private volatile Manifest manifest;
    private volatile String error = "";

    /** @param folder the batch's folder relative to the output folder */
    BatchJob(String id, String input, String folder, int total) {
        this.id = id;
        this.input = input;
        this.folder = folder;
        this.total = total;
    }

    String id() {
        return id;
    }

    String folder() {
        return folder;
    }

    State state() {
        return state;
    }

    void running() {
        state = State.RUNNING;
    }

    void row(Manifest.Entry entry) {
        rows.put(entry.row(), entry);
    }

    void done(Manifest result) {
        manifest = result;
        result.entries().forEach(this::row);
        state = State.DONE;
    }

    void failed(String why) {
        error = why;
        state = State.FAILED;
    }

    List<Manifest.Entry> entries() {
        return new ArrayList<>(rows.values());
    }

    BatchView view() {
        List<BatchRowView> list = new ArrayList<>();
        int ok = 0;
        int skipped = 0;
        int failed = 0;
        for (Manifest.Entry e : rows.values()) {
            switch (e.status()) {
                case OK -> ok++;
                case SKIPPED -> skipped++;
                default -> failed++;
            }
            String client = e.opening() == null || e.opening().client() == null ? "" : e.opening().client();
            String role = e.quote() != null ? e.quote().role() + ", " + e.quote().level() + ", " + e.quote().location()
                    : e.opening() == null || e.opening().role() == null ? "" : e.opening().role();
            list.add(new BatchRowView(e.row(), e.status().id(), client, role, e.reason() == null ? "" : e.reason(),
                    e.files().stream().map(f -> Downloads.view(folder, f)).toList()));
        }
        List<FileView> downloads = new ArrayList<>();
        Manifest m = manifest;
        if (m != null) {
            if (m.summary() != null) downloads.add(Downloads.view(folder, m.summary()));
            for (Manifest.Client c : m.clients()) {
                for (WrittenFile f : c.files()) if ("zip".equals(f.format())) downloads.add(Downloads.view(folder, f));
            }
        }
        String shown = switch (state) {
            case QUEUED -> "queued";
            case RUNNING -> rows.size() >= total ? "finishing" : "running";
            case DONE -> "done";
            case FAILED -> "failed";
        };
        boolean running = state == State.QUEUED || state == State.RUNNING;
        return new BatchView(id, input, shown, total, rows.size(), ok, skipped, failed, list, downloads, error, running);
    }
}
