package com.ratecard.delivery.batch;

import com.ratecard.Fixtures;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.Status;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.render.Audience;
import com.ratecard.render.json.JsonRenderer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Runs only the end phase of a batch (rate cards, summary workbook, manifest) over {@code rows}
 * spooled entries of {@code clients} clients, as a child JVM with a small heap would: proves the
 * end phase does not hold the entries. Prints the time and the peak heap used.
 */
public final class EndPhaseProbe {
    private EndPhaseProbe() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath().normalize();
        int rows = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        String[] roles = {"MLOps Engineer", "Data Engineer", "ML Engineer", "DevOps Engineer"};
        String[] levels = {"Entry", "Mid", "Senior", "Staff"};
        BatchRunner.Settings settings = new BatchRunner.Settings(out, Fixtures.ENGINE, Fixtures.brand("northbeam"), List.of(new JsonRenderer()),
                "probe", 2, false, false, false, Fixtures.ISSUED);
        ManifestStore.Previous previous = ManifestStore.Previous.empty();
        long started = System.nanoTime();
        try (ManifestStore store = new ManifestStore(out); EntrySpool spool = new EntrySpool(out)) {
            store.begin();
            for (int i = 0; i < rows; i++) {
                int c = i % clients;
                String folder = "client-" + c;
                String role = roles[i % 4];
                String level = levels[(i / 4) % 4];
                Manifest.OpeningInfo opening = new Manifest.OpeningInfo("Client " + c, null, "Pat " + c, "pat" + c + "@c.example", role,
                        level.toLowerCase(), null, "Chicago", null, List.of("Kubernetes"), "no", "direct-hire", 150000.0 + i % 1000, "annual",
                        null, "Priya", "priya@northbeam.example", "notes for row " + i, null);
                Manifest.QuoteInfo quote = new Manifest.QuoteInfo(role, role.toLowerCase().replace(' ', '-'), level, level.toLowerCase(),
                        (i / 4) % 4 + 1, "Chicago", "chicago", "direct-hire", new Manifest.Span(140000 + i % 500, 170000 + i % 700),
                        new Manifest.Span(160000, 200000), new Manifest.Hourly(80 + i % 7, 95 + i % 9), new Manifest.Hourly(110 + i % 11, 140 + i % 13),
                        40, "competitive", null, List.of());
                String base = folder + "/" + role.toLowerCase().replace(' ', '-') + "-" + level.toLowerCase() + "-chicago-" + i;
                List<WrittenFile> files = List.of(new WrittenFile(base + ".xlsx", "xlsx", Audience.CLIENT, 20000, sha(i, 'a')),
                        new WrittenFile(base + ".json", "json", Audience.INTERNAL, 4000, sha(i, 'b')));
                spool.add(new Manifest.Entry(i + 2, Status.OK, null, sha(i, 'k'), "name:client " + c, folder, opening, quote, files, 5));
            }
            spool.finish();
            long spooled = System.nanoTime();
            BatchRunner.Result result = new EndPhase(settings, new OutputFolder(out, previous), new ReuseKeys("probe"), store, previous, spool,
                    new LinkedHashMap<>()).run("probe.csv", "/probe.csv", started, 0,
                    phase -> System.out.printf("  %s done at %.1f s%n", phase, (System.nanoTime() - spooled) / 1e9));
            long done = System.nanoTime();
            System.out.printf("rows %d clients %d files %d: spool %.1f s, end phase %.1f s, peak heap %d MB of %d MB%n", result.totals().rows(),
                    result.clients(), result.fileCount(), (spooled - started) / 1e9, (done - spooled) / 1e9, peakHeapMb(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    private static String sha(int i, char c) {
        String hex = Integer.toHexString(i);
        return String.valueOf(c).repeat(64 - hex.length()) + hex;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024 * 1024);
    }
}
