package com.ratecard.web;

import java.util.Map;

public final class DebugMain {
    public static void main(String[] args) throws Exception {
        System.setProperty("ratecard.web.debug", "true");
        try (WebApp app = new WebApp(java.nio.file.Files.createTempDirectory("web"))) {
            for (String path : new String[] {"/quote", "/quote?role=MLOps+Engineer&level=senior&location=Austin&budget=150000&client=Acme", "/batch", "/send", "/history", "/suggest?field=role&role=ml", "/static/web.css", "/static/web.js"}) {
                var r = app.get(path);
                System.out.println(path + " -> " + r.statusCode() + " " + r.body().length());
                if (r.statusCode() != 200) System.out.println(r.body());
            }
            var live = app.post("/quote/live", Map.of("role", "MLOps Engineer", "level", "senior", "location", "Austin", "budget", "150000"));
            System.out.println("live -> " + live.statusCode() + " " + live.body().length());
            var bad = app.post("/quote/live", Map.of("role", "MLOps Enginer", "level", "senior", "location", "Austin"));
            System.out.println("bad -> " + bad.statusCode() + " " + bad.body().replaceAll("(?s).*(<span class=\"error\" id=\"error-role\"[^<]*</span>).*", "$1"));
            var gen = app.post("/generate", Map.of("client", "Acme Robotics", "role", "MLOps Engineer", "level", "senior", "location", "Austin", "budget", "150000"));
            System.out.println("generate -> " + gen.statusCode() + " " + gen.body().length());
            if (gen.statusCode() != 200) System.out.println(gen.body());
            var hist = app.get("/history");
            System.out.println("history -> " + hist.statusCode() + " " + hist.body().contains("Acme Robotics"));
            var api = app.postRaw("/api/quote", "{\"client\":\"Acme\",\"role\":\"MLOps Engineer\",\"level\":\"senior\",\"location\":\"Austin\"}", "application/json");
            System.out.println("api -> " + api.statusCode() + " " + api.body().substring(0, 200));
            if (args.length > 0) System.out.println(app.get(args[0]).body());
        }
    }
}
