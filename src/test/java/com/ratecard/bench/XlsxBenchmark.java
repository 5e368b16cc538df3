package com.ratecard.bench;

import com.ratecard.Fixtures;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.xlsx.XlsxRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Workbooks per second on one thread in one warm JVM: renders the 24 varied openings (both
 * brands, alternating) after a warm-up. Prints wall-clock and CPU time per workbook; CPU time is
 * the steadier figure on a shared machine.
 *
 * <pre>  ./bench.sh XlsxBenchmark 500      (number of measured workbooks; default 500)</pre>
 * The warm-up is half that number (at least 100).
 */
public final class XlsxBenchmark {
    private XlsxBenchmark() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        // bench.sh names the JDK's TransformerFactory, as the launcher does (see the pom's argLine).
        XlsxRenderer renderer = new XlsxRenderer(Fixtures.TEMPLATES, Fixtures.MARKET);
        List<QuoteDocument> documents = new ArrayList<>();
        var openings = Fixtures.varied();
        for (int i = 0; i < openings.size(); i++) {
            documents.add(Fixtures.document(openings.get(i), i % 2 == 0 ? "northbeam" : "cedar-slate"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        int warmUp = Math.max(100, count / 2);
        for (int i = 0; i < warmUp; i++) {
            out.reset();
            renderer.render(documents.get(i % documents.size()), out);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bytes = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            out.reset();
            renderer.render(documents.get(i % documents.size()), out);
            bytes += out.size();
        }
        double wallMs = (System.nanoTime() - wall0) / 1e6 / count;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / count;
        System.out.printf(Locale.ROOT, "xlsx: %d workbooks after %d warm-up, one thread%n", count, warmUp);
        System.out.printf(Locale.ROOT, "  wall %.2f ms/workbook = %.1f workbooks/s%n", wallMs, 1000 / wallMs);
        System.out.printf(Locale.ROOT, "  cpu  %.2f ms/workbook = %.1f workbooks/s%n", cpuMs, 1000 / cpuMs);
        System.out.printf(Locale.ROOT, "  average size %.1f KB; TransformerFactory %s%n", bytes / 1024.0 / count,
                System.getProperty("javax.xml.transform.TransformerFactory"));
    }
}
