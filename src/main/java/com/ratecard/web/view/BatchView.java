package com.ratecard.web.view;

import java.util.List;

/**
 * A batch run by the web app: its id, the file it read, its state ("queued", "running",
 * "finishing", "done", "failed"), counts, the rows finished so far, the run's downloads (summary,
 * zips) once done, and the error that stopped it (or "").
 */
public record BatchView(String id, String input, String state, int total, int done, int ok, int skipped, int failed,
                        List<BatchRowView> rows, List<FileView> downloads, String error, boolean running) {}
