package com.ratecard.delivery;

/** A deliverable on disk: its path relative to the output folder, format, size and SHA-256 (hex). */
public record WrittenFile(String path, String format, long size, String sha256) {}
