package com.ratecard.delivery.mail;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What a send run did, message by message, and the summary printed at the end. */
public final class SendReport {
    /** SENT: accepted by the server. WRITTEN: a dry run's .eml. SKIPPED: already sent. CHANGED: sent before with other content, not resent. */
    public enum Status { SENT, WRITTEN, SKIPPED, CHANGED, FAILED }

    /** One message (or one opening that was not sent). */
    public record Outcome(Status status, String label, List<Integer> rows, String to, String detail, String messageId) {
        public Outcome {
            rows = List.copyOf(rows);
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final boolean dryRun;
    private String aborted;
    private long millis;

    public SendReport(boolean dryRun) {
        this.dryRun = dryRun;
    }

    void add(Outcome outcome) {
        outcomes.add(outcome);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void abort(String reason) {
        aborted = reason;
    }

    void millis(long value) {
        millis = value;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Why the run stopped early (authentication, TLS, server unreachable), or null. */
    public String aborted() {
        return aborted;
    }

    public long millis() {
        return millis;
    }

    public long count(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public List<Outcome> failures() {
        return outcomes.stream().filter(o -> o.status() == Status.FAILED).toList();
    }

    /** The progress line for one outcome. */
    static String line(Outcome o) {
        String verb = switch (o.status()) {
            case SENT -> "sent    ";
            case WRITTEN -> "wrote   ";
            case SKIPPED -> "skipped ";
            case CHANGED -> "changed ";
            case FAILED -> "FAILED  ";
        };
        StringBuilder out = new StringBuilder(verb).append(o.label());
        if (o.to() != null) out.append(" -> ").append(o.to());
        if (o.detail() != null) out.append(": ").append(o.detail());
        return HeaderGuard.escape(out.toString());
    }

    /** The final summary: counts, then every failure with its reason. */
    public void printSummary(PrintWriter out) {
        for (String warning : warnings) out.println(HeaderGuard.escape("warning: " + warning));
        StringBuilder line = new StringBuilder();
        line.append(dryRun ? count(Status.WRITTEN) + " written to the outbox (dry run, nothing sent)" : count(Status.SENT) + " sent");
        line.append(", ").append(count(Status.SKIPPED)).append(" skipped (already sent)");
        if (count(Status.CHANGED) > 0) line.append(", ").append(count(Status.CHANGED)).append(" changed but not resent (use --resend-changed)");
        line.append(", ").append(count(Status.FAILED)).append(" failed");
        out.printf("summary: %s in %.1f s%n", line, millis / 1000.0);
        if (aborted != null) out.println(HeaderGuard.escape("stopped early: " + aborted));
        List<Outcome> failed = failures();
        if (!failed.isEmpty()) {
            out.println("failed:");
            for (Outcome o : failed) {
                out.println(HeaderGuard.escape("  " + o.label() + (o.to() == null ? "" : " -> " + o.to()) + ": " + o.detail()));
            }
        }
        out.flush();
    }
}
