package com.ratecard.bench;

import com.ratecard.cli.BatchCommand;
import com.ratecard.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * {@code ./bench.sh BatchBenchmark N [formats] [jobs]}: writes N synthetic openings (40 clients, every
 * role, level, location and engagement) to a CSV, runs {@code ratecard batch} over it in this JVM
 * (after a small warm-up batch), then reruns it (everything skipped), and prints openings per second,
 * milliseconds per opening and peak heap. Formats default to "xlsx,pdf"; when one is not registered
 * in this build the benchmark says so and uses the registered ones. Jobs default to the cores.
 */
public final class BatchBenchmark {
    private BatchBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BatchBenchmark N [formats] [jobs]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        String formats = args.length > 1 ? args[1] : "xlsx,pdf";
        int jobs = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        List<String> known = BatchCommand.formats();
        List<String> wanted = Arrays.stream(formats.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> usable = wanted.stream().filter(known::contains).toList();
        if (usable.size() < wanted.size()) {
            List<String> missing = wanted.stream().filter(f -> !known.contains(f)).toList();
            usable = usable.isEmpty() ? known : usable;
            System.out.println("note: format(s) " + missing + " not registered in this build (registered: " + known
                    + "); measuring " + usable + " instead");
        }
        formats = String.join(",", usable);

        Path work = Files.createTempDirectory("ratecard-bench-");
        try {
            Path input = work.resolve("openings.csv");
            write(input, n);
            Path warmInput = work.resolve("warmup.csv");
            write(warmInput, Math.min(n, 200));
            batch(warmInput, work.resolve("warmup-out"), formats, jobs); // JIT warm-up, not measured
            System.gc();

            Heap heap = new Heap();
            heap.start();
            long started = System.nanoTime();
            String summary = batch(input, work.resolve("out"), formats, jobs);
            double seconds = (System.nanoTime() - started) / 1e9;
            heap.stop();
            long rerunStart = System.nanoTime();
            String rerun = batch(input, work.resolve("out"), formats, jobs);
            double rerunSeconds = (System.nanoTime() - rerunStart) / 1e9;

            System.out.printf(Locale.ROOT, "BatchBenchmark: N=%,d formats=%s jobs=%d max heap=%d MB%n", n, formats, jobs,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.print(summary.lines().filter(l -> l.contains("openings ") || l.contains("output")).map(l -> l + "\n")
                    .reduce("", String::concat));
            System.out.printf(Locale.ROOT, "  run      %.2f s, %.1f openings/s, %.2f ms/opening (wall, whole command incl. summary"
                    + " and rate cards)%n", seconds, n / seconds, seconds * 1000 / n);
            System.out.printf(Locale.ROOT, "  rerun    %.2f s, %.1f openings/s (all skipped, checksums verified)%n", rerunSeconds,
                    n / rerunSeconds);
            System.out.printf(Locale.ROOT, "  heap     peak used %.1f MB, peak live after GC %.1f MB (of %d MB max); GC %d"
                    + " collections, %d ms%n", heap.peak.get() / 1048576.0, heap.peakAfterGc.get() / 1048576.0,
                    Runtime.getRuntime().maxMemory() >> 20, heap.gcCount, heap.gcMillis);
            if (!rerun.contains("0 written")) System.out.println("  WARNING: the rerun wrote openings: " + rerun);
        } finally {
            delete(work);
        }
    }

    private static String batch(Path input, Path out, String formats, int jobs) {
        StringWriter text = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(text, true));
        cli.setErr(new PrintWriter(text, true));
        // not --quiet: the summary (read below) is printed only without it
        int code = cli.execute("batch", input.toString(), "--out", out.toString(), "--format", formats, "--jobs",
                Integer.toString(jobs));
        if (code != 0) throw new IllegalStateException("batch exited " + code + ":\n" + text);
        return text.toString();
    }

    /** N openings over 40 clients and every role, level, location and engagement. */
    static void write(Path file, int n) throws IOException {
        String[] roles = {"MLOps Engineer", "Data Engineer", "ML Engineer", "DevOps Engineer", "ML Platform Engineer"};
        String[] levels = {"entry", "mid", "senior", "staff"};
        String[] places = {"San Francisco", "NYC", "Seattle", "Austin", "Los Angeles", "Chicago", "Remote", "national", "Denver",
                "San Diego"};
        String[] skills = {"", "Kubernetes; Terraform", "LLM deployment; Python", "GPU cluster management; Feature store",
                "ML governance; MLflow", "Docker; CI/CD"};
        String[] engagements = {"direct-hire", "contract", "contract-to-hire"};
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("client,contact_name,contact_email,role,level,location,skills,clearance,engagement,budget,account_manager,"
                    + "account_manager_email,notes\n");
            for (int i = 0; i < n; i++) {
                int c = i % 40;
                out.write(String.join(",", "Client " + c + " Inc", "Contact " + c, "contact" + c + "@client" + c + ".example",
                        roles[i % roles.length], levels[(i / 5) % 4], places[(i / 20) % places.length],
                        "\"" + skills[i % skills.length] + "\"", i % 7 == 0 ? "yes" : "no", engagements[i % 3],
                        i % 4 == 0 ? "" : Integer.toString(80_000 + (i % 50) * 5_000), "Priya Natarajan",
                        "priya@northbeam.example", "\"Synthetic opening " + i + "\"") + "\n");
            }
        }
    }

    /** Samples heap use every 10 ms: the peak used, and the peak still live after a collection. */
    private static final class Heap {
        final AtomicLong peak = new AtomicLong();
        final AtomicLong peakAfterGc = new AtomicLong();
        private volatile boolean running;
        private Thread thread;
        private long gcCount;
        private long gcMillis;

        void start() {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            gcCount = -totalGcCount();
            gcMillis = -totalGcMillis();
            running = true;
            thread = new Thread(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    peakAfterGc.accumulateAndGet(afterGc(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            gcCount += totalGcCount();
            gcMillis += totalGcMillis();
            // The pools' own peaks catch what the 10 ms sampling missed.
            long pools = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) pools += pool.getPeakUsage().getUsed();
            }
            peak.accumulateAndGet(Math.min(pools, Runtime.getRuntime().maxMemory()), Math::max);
        }

        private static long afterGc() {
            long total = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) total += pool.getCollectionUsage().getUsed();
            }
            return total;
        }

        private static long totalGcCount() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        }

        private static long totalGcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
