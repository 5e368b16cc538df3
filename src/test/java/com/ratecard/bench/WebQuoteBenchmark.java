package com.ratecard.bench;

import com.ratecard.data.Opening;
import com.ratecard.web.WebApp;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The live quote's round trip once warm: {@code ./bench.sh WebQuoteBenchmark 2000}. Posts the 24
 * varied openings in turn to {@code /quote/live} over loopback HTTP, as htmx does while an account
 * manager types, and prints the p50/p95/p99 of the server's own time (its Server-Timing header)
 * and of the whole round trip seen by the client.
 */
public final class WebQuoteBenchmark {
    private WebQuoteBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : Math.max(500, count / 2);
        List<Map<String, String>> forms = new ArrayList<>();
        for (Opening o : com.ratecard.Fixtures.varied()) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("client", o.client());
            f.put("role", o.role());
            f.put("level", o.level());
            f.put("location", o.location());
            f.put("skills", String.join("; ", o.skills()));
            f.put("clearance", o.clearance().id());
            f.put("engagement", o.engagement().id());
            if (o.budget() != null) f.put("budget", Long.toString((long) o.budget().amount()));
            forms.add(f);
        }
        try (WebApp app = new WebApp(Files.createTempDirectory("web-bench"))) {
            long first = System.nanoTime();
            check(app.post("/quote/live", forms.get(0)));
            double firstMs = (System.nanoTime() - first) / 1e6;
            for (int i = 0; i < warmup; i++) check(app.post("/quote/live", forms.get(i % forms.size())));
            double[] server = new double[count];
            double[] roundTrip = new double[count];
            for (int i = 0; i < count; i++) {
                long started = System.nanoTime();
                HttpResponse<String> r = check(app.post("/quote/live", forms.get(i % forms.size())));
                roundTrip[i] = (System.nanoTime() - started) / 1e6;
                server[i] = Double.parseDouble(r.headers().firstValue("Server-Timing").orElseThrow().replaceAll(".*dur=", ""));
            }
            System.out.printf(Locale.ROOT, "live quote, %d requests after %d warm-up (first request %.1f ms)%n", count, warmup, firstMs);
            System.out.printf(Locale.ROOT, "  server time  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms%n", p(server, 50), p(server, 95), p(server, 99));
            System.out.printf(Locale.ROOT, "  round trip   p50 %.2f ms  p95 %.2f ms  p99 %.2f ms%n", p(roundTrip, 50), p(roundTrip, 95), p(roundTrip, 99));
        }
    }

    private static HttpResponse<String> check(HttpResponse<String> r) {
        if (r.statusCode() != 200 || !r.body().contains("id=\"recommended\"")) throw new IllegalStateException("not priced: " + r.statusCode());
        return r;
    }

    private static double p(double[] values, int pct) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(pct / 100.0 * sorted.length) - 1)];
    }
}
