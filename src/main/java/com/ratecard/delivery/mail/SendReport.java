package com.ratecard.delivery.mail;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a send run did, message by message, and the summary printed at the end. Each outcome is
 * printed once, as it happens, on the progress stream (stderr); the summary (stdout) gives the
 * counts and what to do next, without repeating them.
 */
public final class SendReport {
    /**
     * SENT: accepted by the server. WRITTEN: a dry run's .eml. SKIPPED: already sent. CHANGED: sent
     * before with other content, not resent. IN_DOUBT: the server may or may not have it (not
     * resent without --resend-in-doubt). FAILED: not sent.
     */
    public enum Status { SENT, WRITTEN, SKIPPED, CHANGED, IN_DOUBT, FAILED }

    /** One message (or one opening that was not sent). notAttempted: left out because the run stopped early. */
    public record Outcome(Status status, String label, List<Integer> rows, String to, String detail, String messageId,
                          boolean notAttempted) {
        public Outcome {
            rows = List.copyOf(rows);
        }

        public Outcome(Status status, String label, List<Integer> rows, String to, String detail, String messageId) {
            this(status, label, rows, to, detail, messageId, false);
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
        if (aborted == null) aborted = reason;
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

    public List<Outcome> inDoubt() {
        return outcomes.stream().filter(o -> o.status() == Status.IN_DOUBT).toList();
    }

    /** The progress line for one outcome. */
    static String line(Outcome o) {
        String verb = switch (o.status()) {
            case SENT -> "sent    ";
            case WRITTEN -> "wrote   ";
            case SKIPPED -> "skipped ";
            case CHANGED -> "changed ";
            case IN_DOUBT -> "IN DOUBT ";
            case FAILED -> "FAILED  ";
        };
        StringBuilder out = new StringBuilder(verb).append(o.label());
        if (o.to() != null) out.append(" -> ").append(o.to());
        if (o.detail() != null) out.append(": ").append(o.detail());
        return HeaderGuard.escape(out.toString());
    }

    /** The final summary: counts, why the run stopped, what in doubt means, what to do next. */
    public void printSummary(PrintWriter out) {
        for (String warning : warnings) out.println(HeaderGuard.escape("warning: " + warning));
        StringBuilder line = new StringBuilder();
        line.append(dryRun ? count(Status.WRITTEN) + " written to the outbox (dry run, nothing sent)" : count(Status.SENT) + " sent");
        line.append(", ").append(count(Status.SKIPPED)).append(" skipped (already sent)");
        if (count(Status.CHANGED) > 0) line.append(", ").append(count(Status.CHANGED)).append(" changed but not resent (use --resend-changed)");
        line.append(", ").append(count(Status.FAILED)).append(" failed");
        if (count(Status.IN_DOUBT) > 0) line.append(", ").append(count(Status.IN_DOUBT)).append(" in doubt");
        out.printf("summary: %s in %.1f s%n", line, millis / 1000.0);
        long notAttempted = outcomes.stream().filter(Outcome::notAttempted).count();
        if (aborted != null) {
            out.println(HeaderGuard.escape("stopped early: " + aborted + (notAttempted > 0 ? "; " + notAttempted
                    + " message(s) not attempted" : "")));
        }
        long doubt = count(Status.IN_DOUBT);
        if (doubt > 0) {
            out.println("in doubt: the server may or may not have received " + doubt + " message(s) (listed above and in "
                    + SendLedger.FILE_NAME + "); they are not sent again automatically: check with the recipients, or rerun with"
                    + " --resend-in-doubt to send them again under the same Message-ID");
        }
        if (count(Status.FAILED) > 0 && !dryRun) out.println("failed: listed above; rerun the same command to send what is missing");
        out.flush();
    }
}
