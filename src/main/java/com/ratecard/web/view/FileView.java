package com.ratecard.web.view;

/** A file in the output folder, offered for download: its name, path inside the folder, link, format and size. */
public record FileView(String name, String path, String url, String format, String size) {}
