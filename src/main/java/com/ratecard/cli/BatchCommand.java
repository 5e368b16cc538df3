package com.ratecard.cli;

import com.ratecard.data.MarketData;
import com.ratecard.delivery.batch.BatchRunner;
import com.ratecard.delivery.batch.Fingerprint;
import com.ratecard.delivery.batch.OpeningSource;
import com.ratecard.delivery.batch.Progress;
import com.ratecard.delivery.mail.SendOptions;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.pricing.PricingEngine;
import com.ratecard.render.Renderer;
import com.ratecard.render.pdf.PdfRenderer;
import com.ratecard.render.brand.Brand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prices every opening of a CSV, XLSX or YAML file and writes all deliverables, resumably. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Price a file of openings and write every deliverable, resumably.",
        description = {"Price every opening in OPENINGS (CSV, XLSX first sheet, or YAML list; one opening per row) and write "
                + "each one's deliverables to OUT/<client>/<role>-<level>-<location>.<format>, plus OUT/manifest.json, "
                + "OUT/summary.xlsx and a rate card per client (OUT/<client>/rate-card.pdf).",
                "A rerun skips openings whose row, salary data, templates and brand are unchanged and whose files are "
                        + "intact, and redoes the rest; an interrupted run is finished by the next one."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every opening written or unchanged", "1:unexpected failure",
                "2:unreadable input or bad option (nothing written)", "3:the salary data is invalid",
                "4:partial failure: some rows failed (see the summary and manifest.json); with --send, or some messages",
                "5:with --send: some messages are in doubt (the server may have them; --resend-in-doubt)"})
public final class BatchCommand implements Callable<Integer> {
    private static final int MAX_JOBS = 64;
    private static final int FAILURES_SHOWN = 8;

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "OPENINGS", description = "Openings file: .csv, .xlsx or .yaml.")
    Path input;
    @Mixin
    DeliverableOptions deliverables;
    @Mixin
    BrandOptions brand;
    @Option(names = "--jobs", paramLabel = "N", description = "Openings rendered in parallel (default: the number of cores, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();
    @Option(names = "--zip", description = "Also write OUT/<client>.zip with each client's deliverables.")
    boolean zip;
    @Option(names = "--force", description = "Redo every opening, even unchanged ones (files somebody else made or changed are still kept).")
    boolean force;
    @Option(names = "--prune", description = "Delete the stale files of earlier runs (listed otherwise), if unchanged since written.")
    boolean prune;
    @Mixin
    StrictOption strict;
    @Option(names = "--send", description = "Then email the deliverables as `ratecard send OUT` does (mail options below).")
    boolean send;
    @ArgGroup(exclusive = false, heading = "%nMail (with --send):%n")
    MailOptions mail = new MailOptions();

    /** The formats this build can write (for scripts and the benchmark). */
    public static List<String> formats() {
        return Renderers.names();
    }

    @Override
    public Integer call() throws IOException {
        if (jobs < 1 || jobs > MAX_JOBS) throw new BadOption("jobs", "--jobs: " + jobs + " is out of range; expected 1 to " + MAX_JOBS);
        CommonOptions common = CommonOptions.of(spec);
        Path out = deliverables.out();
        PrintWriter err = spec.commandLine().getErr();
        // Mail options are checked (password found, addresses valid) before any work is done.
        SendOptions sendOptions = send ? mail.toSendOptions(brand.id(), err) : null;
        OpeningSource source = OpeningSource.open(input);
        MarketData market = common.loadData();
        PricingEngine engine = strict.engine(market);
        Path templates = Home.dir().resolve("templates");
        List<Renderer> renderers = deliverables.renderers(market);
        Brand loaded = brand.load();
        String fingerprint = Fingerprint.of(market.dir(), templates, loaded.id(), rendererVersion(renderers));

        Terminal terminal = RatecardCommand.of(spec).terminal;
        Progress progress = common.quiet ? Progress.none() : terminal.interactive() ? Progress.bar(System.err, terminal.colour())
                : Progress.lines(err);
        BatchRunner runner = new BatchRunner(new BatchRunner.Settings(out, engine, loaded, renderers, fingerprint, jobs, force, zip,
                prune, LocalDate.now()), progress);
        BatchRunner.Result result = runner.run(source, input.toString(), input);
        if (!common.quiet) {
            printSummary(result, out, spec.commandLine().getOut());
        } else if (!result.failures().isEmpty()) {
            // --quiet still says what failed, on stderr.
            err.printf(Locale.ROOT, "ratecard batch: %,d of %,d openings failed:%n", result.totals().failed(), result.totals().rows());
            printFailures(result.failures(), result.totals().failed(), err);
            err.flush();
        }
        int code = result.totals().failed() > 0 ? ExitCodes.PARTIAL_FAILURE : ExitCodes.OK;
        if (sendOptions == null) return code;
        int sent = SendCommand.send(out, sendOptions, spec, common.quiet);
        if (sent == ExitCodes.OK) return code;
        return code == ExitCodes.OK || sent == ExitCodes.FAILURE ? sent : ExitCodes.PARTIAL_FAILURE;
    }

    /** The skills accepted as not priced by the guide, with how many rows name each (--strict refuses them). */
    private static void notPriced(java.util.Map<String, Integer> rows, PrintWriter stdout) {
        if (rows.isEmpty()) return;
        stdout.printf(Locale.ROOT, "  skills    not priced by the guide (listed on their quotes; --strict refuses them): %s%n",
                rows.entrySet().stream().map(r -> r.getKey() + " (" + r.getValue() + (r.getValue() == 1 ? " row)" : " rows)"))
                        .collect(Collectors.joining(", ")));
    }

    /**
     * The renderers' identity: a new build of ratecard (or --appendix) redoes the deliverables. Every
     * format this build knows, not only the ones asked for, so that files of other formats stay current.
     */
    private static String rendererVersion(List<Renderer> renderers) {
        String version = BatchCommand.class.getPackage().getImplementationVersion();
        boolean appendix = renderers.stream().anyMatch(r -> r instanceof PdfRenderer p && p.appendix());
        return (version == null ? "dev" : version) + ":" + String.join(",", Renderers.names()) + (appendix ? "+appendix" : "");
    }

    private void printSummary(BatchRunner.Result result, Path out, PrintWriter stdout) {
        Manifest.Totals t = result.totals();
        double seconds = t.millis() / 1000.0;
        stdout.printf(Locale.ROOT, "ratecard batch: %s -> %s%n", input, out);
        stdout.printf(Locale.ROOT, "  openings  %,d rows: %,d written, %,d unchanged (skipped), %,d failed%n",
                t.rows(), t.ok(), t.skipped(), t.failed());
        printFailures(result.failures(), t.failed(), stdout);
        notPriced(result.notPricedSkills(), stdout);
        for (Manifest.Warning w : result.brandWarnings()) {
            stdout.printf(Locale.ROOT, "  warning   %s%s: %s%n", w.rows().isEmpty() ? "brand " : "rows " + w.rows().stream()
                    .limit(5).map(String::valueOf).collect(Collectors.joining(", ")) + (w.rows().size() > 5 ? ", ..." : "") + " ",
                    w.field(), w.message());
        }
        stdout.printf(Locale.ROOT, "  clients   %,d rate cards%s%n", result.clients(), zip ? " and zips" : "");
        printSome(result.warnings(), stdout);
        stdout.printf(Locale.ROOT, "  time      %.1f s (%.1f openings/s, %d jobs; %s)%n", seconds,
                seconds > 0 ? t.rows() / seconds : 0.0, jobs, result.phaseMillis().entrySet().stream()
                        .map(p -> p.getKey() + " " + String.format(Locale.ROOT, "%.1f s", p.getValue() / 1000.0))
                        .collect(Collectors.joining(", ")));
        stdout.printf(Locale.ROOT, "  output    %s in %,d files%n", size(t.bytes()), result.fileCount());
        if (result.removedStale() > 0) {
            stdout.printf(Locale.ROOT, "  pruned    %,d stale file(s) of earlier runs%n", result.removedStale());
        }
        if (!result.stale().isEmpty()) {
            stdout.printf(Locale.ROOT, "  stale     %,d file(s) of earlier runs kept, no longer listed as deliverables (manifest.json"
                    + " \"stale\"; --prune deletes them):%n", result.stale().size());
            printSome(result.stale(), stdout);
        }
        stdout.printf(Locale.ROOT, "  manifest  %s%n", out.resolve("manifest.json"));
        stdout.printf(Locale.ROOT, "  summary   %s%n", out.resolve("summary.xlsx"));
        stdout.flush();
    }

    /** The first reasons of {@code failed} failures (only the first ones are kept). */
    private static void printFailures(List<String> failures, int failed, PrintWriter to) {
        for (String reason : failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))) to.println("    " + reason);
        if (failed > FAILURES_SHOWN) {
            to.printf(Locale.ROOT, "    ... and %,d more (see manifest.json or summary.xlsx)%n", failed - FAILURES_SHOWN);
        }
    }

    private static void printSome(List<String> lines, PrintWriter to) {
        lines.stream().limit(FAILURES_SHOWN).forEach(line -> to.println("    " + line));
        if (lines.size() > FAILURES_SHOWN) to.printf(Locale.ROOT, "    ... and %,d more%n", lines.size() - FAILURES_SHOWN);
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        if (bytes < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
