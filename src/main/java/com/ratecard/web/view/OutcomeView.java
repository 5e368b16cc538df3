package com.ratecard.web.view;

/** What a send (or dry run) did with one message: status (sent, written, skipped, changed, failed), label, recipient, detail. */
public record OutcomeView(String status, String label, String to, String detail) {}
