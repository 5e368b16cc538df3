package com.ratecard.web.view;

import java.util.List;

/**
 * One opening some run wrote into the output folder, as its manifest lists it: who and what,
 * its status, when its files were written, which run (folder) made it, its files and the link
 * that opens it back in the quote form.
 */
public record HistoryView(String client, String role, String level, String location, String engagement, String recommended,
                          String verdict, String status, String reason, String date, String run, List<FileView> files,
                          String requote) {}
