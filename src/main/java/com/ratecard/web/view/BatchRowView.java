package com.ratecard.web.view;

import java.util.List;

/** One row of a running or finished batch: row number, status, what it was, the reason it failed (or ""), its files. */
public record BatchRowView(int row, String status, String client, String role, String reason, List<FileView> files) {}
