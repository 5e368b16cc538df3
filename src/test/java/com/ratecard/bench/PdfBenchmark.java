package com.ratecard.bench;

import com.ratecard.Fixtures;
import com.ratecard.data.Opening;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PDF proposals per second in one warm JVM, on one thread: {@code ./bench.sh PdfBenchmark 200}.
 * Renders the 24 varied openings in both brands in turn; pricing is done beforehand, so the
 * figure is the renderer's (template, layout, PDF/A writing, and its repricing for the location
 * and alternatives sections). Also prints the first render, which pays for class loading and fonts.
 */
public final class PdfBenchmark {
    private PdfBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : Math.max(50, count);
        List<QuoteDocument> documents = new ArrayList<>();
        for (Opening opening : Fixtures.varied()) {
            documents.add(Fixtures.document(opening, "northbeam"));
            documents.add(Fixtures.document(opening, "cedar-slate"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);

        long start = System.nanoTime();
        PdfRenderer renderer = new PdfRenderer(Fixtures.TEMPLATES, Fixtures.MARKET);
        renderer.render(documents.get(0), out);
        double firstMs = (System.nanoTime() - start) / 1e6;

        for (int i = 0; i < warmup; i++) {
            out.reset();
            renderer.render(documents.get(i % documents.size()), out);
        }
        long bytes = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            out.reset();
            renderer.render(documents.get(i % documents.size()), out);
            bytes += out.size();
        }
        double ms = (System.nanoTime() - start) / 1e6 / count;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / count;
        System.out.printf(Locale.ROOT, "first render (cold, in this JVM): %.0f ms%n", firstMs);
        System.out.printf(Locale.ROOT, "warm, one thread: %.1f ms/proposal, %.1f proposals/s (%d renders after %d warm-up, avg %.0f KB)%n",
                ms, 1000 / ms, count, warmup, bytes / 1024.0 / count);
        // Wall time suffers when other processes share the cores; the thread's CPU time does not
        // (garbage collection and JIT threads aside).
        System.out.printf(Locale.ROOT, "render thread CPU: %.1f ms/proposal%n", cpuMs);
    }
}
