package com.ratecard.delivery.batch;

import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.Status;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Reports a batch's progress: a live bar with ETA on a terminal, a plain line about every 5% when
 * the output is a file or a pipe (logs stay readable), or nothing. Safe from any thread.
 */
public final class Progress implements AutoCloseable {
    private enum Mode { BAR, LINES, NONE }

    private final Mode mode;
    private final boolean colour;
    private final PrintStream terminal;
    private final PrintWriter lines;
    private final Consumer<Manifest.Entry> rows;
    private final AtomicInteger ok = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private ProgressBar bar;
    private long total;
    private long started;
    private int lastBucket = -1;
    private long lastDone = -1;

    private Progress(Mode mode, boolean colour, PrintStream terminal, PrintWriter lines) {
        this(mode, colour, terminal, lines, null);
    }

    private Progress(Mode mode, boolean colour, PrintStream terminal, PrintWriter lines, Consumer<Manifest.Entry> rows) {
        this.mode = mode;
        this.colour = colour;
        this.terminal = terminal;
        this.lines = lines;
        this.rows = rows;
    }

    /** A bar on the terminal's stderr, in colour unless the user turned colour off (NO_COLOR). */
    public static Progress bar(PrintStream stderr, boolean colour) {
        return new Progress(Mode.BAR, colour, stderr, null);
    }

    /** Plain lines, about every 5%. */
    public static Progress lines(PrintWriter err) {
        return new Progress(Mode.LINES, false, null, err);
    }

    public static Progress none() {
        return new Progress(Mode.NONE, false, null, null);
    }

    /** Nothing printed; each finished row's entry goes to {@code rows} (from any thread), e.g. for a live view. */
    public static Progress rows(Consumer<Manifest.Entry> rows) {
        return new Progress(Mode.NONE, false, null, null, rows);
    }

    public synchronized void start(long rows) {
        total = rows;
        started = System.nanoTime();
        if (mode == Mode.BAR) {
            bar = new ProgressBarBuilder().setTaskName("batch").setInitialMax(rows).setStyle(colour ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK)
                    .setUpdateIntervalMillis(250).showSpeed().setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                    .setUnit(" openings", 1).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(terminal)).build();
        } else if (mode == Mode.LINES) {
            lines.printf(Locale.ROOT, "batch: %,d openings%n", rows);
            lines.flush();
        }
    }

    /** One row finished: its entry as the manifest will list it. */
    public void done(Manifest.Entry entry) {
        if (rows != null) rows.accept(entry);
        done(entry.status());
    }

    /** One row finished with this status. */
    public void done(Status status) {
        switch (status) {
            case OK -> ok.incrementAndGet();
            case SKIPPED -> skipped.incrementAndGet();
            case FAILED -> failed.incrementAndGet();
        }
        if (mode == Mode.BAR) {
            synchronized (this) {
                bar.setExtraMessage(" " + counts());
                bar.step();
            }
        } else if (mode == Mode.LINES) {
            line();
        }
    }

    /** A phase after the rows, such as writing the summary. */
    public synchronized void phase(String text) {
        if (mode == Mode.LINES) {
            lines.println("batch: " + text);
            lines.flush();
        } else if (mode == Mode.BAR && bar != null) {
            bar.setExtraMessage(" " + text);
        }
    }

    private synchronized void line() {
        int okNow = ok.get();
        int skippedNow = skipped.get();
        int failedNow = failed.get();
        long done = okNow + skippedNow + failedNow;
        int bucket = total == 0 ? 20 : (int) (done * 20 / total);
        if (done == lastDone || (bucket == lastBucket && done != total)) return;
        lastBucket = bucket;
        lastDone = done;
        double seconds = (System.nanoTime() - started) / 1e9;
        String eta = done == 0 || done >= total ? "" : ", ETA " + format(Duration.ofMillis((long) (seconds / done * (total - done) * 1000)));
        lines.printf(Locale.ROOT, "batch: %,d/%,d (%d%%) ok %d, skipped %d, failed %d; %.1f s elapsed%s%n", done, total,
                total == 0 ? 100 : done * 100 / total, okNow, skippedNow, failedNow, seconds, eta);
        lines.flush();
    }

    private String counts() {
        return "ok " + ok.get() + ", skipped " + skipped.get() + ", failed " + failed.get();
    }

    static String format(Duration duration) {
        long s = duration.toSeconds();
        if (s < 60) return s + " s";
        if (s < 3600) return s / 60 + " min " + s % 60 + " s";
        return s / 3600 + " h " + (s % 3600) / 60 + " min";
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
