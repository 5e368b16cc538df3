package com.ratecard.delivery.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.OpeningFields;
import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.render.Renderer;
import com.ratecard.render.json.JsonRenderer;
import com.ratecard.render.ratecard.RateCard;
import com.ratecard.render.xlsx.XlsxRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Helpers for batch tests: a runner over the bundled data with real (json) renderers, CSV writing, checks. */
final class BatchFixtures {
    static final Path SAMPLES = Path.of("samples");
    /** A client format, for tests of what reaches a client (the quote JSON is internal). */
    static final Renderer XLSX = new XlsxRenderer(Fixtures.TEMPLATES, Fixtures.MARKET);
    /** The columns the tests' rows list, in this order. */
    static final String HEADER = "client,contact_name,contact_email,role,level,years,location,remote,skills,clearance,"
            + "engagement,budget,effective_date,account_manager,account_manager_email,notes";

    private BatchFixtures() {}

    static BatchRunner runner(Path out, List<Renderer> renderers, boolean force, boolean zip, String brand) {
        return runner(out, renderers, force, zip, false, brand);
    }

    static BatchRunner runner(Path out, List<Renderer> renderers, boolean force, boolean zip, boolean prune, String brand) {
        String fingerprint = Fingerprint.of(Fixtures.DATA, Fixtures.TEMPLATES, brand, "test");
        return new BatchRunner(new BatchRunner.Settings(out, Fixtures.ENGINE, Fixtures.brand(brand), renderers, fingerprint, 2,
                force, zip, prune, Fixtures.ISSUED), Progress.none());
    }

    static BatchRunner runner(Path out) {
        return runner(out, List.of(new JsonRenderer()), false, false, "northbeam");
    }

    /** What each client's rate card should show: its delivered rows' figures, clients in order of first appearance. */
    static List<RateCard> cards(List<Manifest.Entry> entries) {
        java.util.Map<String, List<Manifest.Entry>> byClient = new java.util.LinkedHashMap<>();
        for (Manifest.Entry e : entries) {
            if (e.delivered() && e.quote() != null) byClient.computeIfAbsent(e.clientId(), k -> new ArrayList<>()).add(e);
        }
        List<RateCard> cards = new ArrayList<>();
        byClient.values().forEach(rows -> cards.add(RateCard.of(rows.get(0).opening().client(), rows.get(0).clientFolder(),
                rows.stream().map(e -> e.quote()).map(q -> new RateCard.Quoted(q.role(), q.roleId(), q.level(), q.levelId(),
                        q.levelRank(), q.location(), q.locationId(), q.billRate().low(), q.billRate().high(),
                        q.recommendedBase().low(), q.recommendedBase().high())).toList())));
        return cards;
    }

    static BatchRunner.Result run(Path out, Path input) throws IOException {
        return runner(out).run(OpeningSource.open(input), input.toString(), input);
    }

    /** A CSV with the standard header and the given rows (already CSV-formatted lines). */
    static Path csv(Path dir, String name, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(rows);
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** One CSV line in the standard header's column order. */
    static String row(String client, String role, String level, String location, String skills, String engagement, String budget) {
        // client,contact_name,contact_email,role,level,years,location,remote,skills,clearance,engagement,budget,
        // effective_date,account_manager,account_manager_email,notes
        return String.join(",", quote(client), "Pat Doe", "pat@client.example", quote(role), level, "", quote(location), "",
                quote(skills), "no", engagement, quote(budget), "", "Priya Natarajan", "priya@northbeam.example", "");
    }

    static String quote(String text) {
        if (text == null) return "";
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** Every listed file exists inside out with the listed size and SHA-256. */
    static void assertIntact(Path out, Manifest manifest) throws IOException {
        for (WrittenFile file : manifest.allFiles()) {
            Path path = out.resolve(file.path()).normalize();
            assertTrue(path.startsWith(out.toAbsolutePath().normalize()) || path.startsWith(out.normalize()), file.path());
            assertTrue(Files.isRegularFile(path), "missing " + file.path());
            AtomicFiles.Digest digest = AtomicFiles.digest(path);
            assertEquals(file.size(), digest.size(), file.path());
            assertEquals(file.sha256(), digest.sha256(), file.path());
        }
    }

    /** All regular files under out, relative, excluding the batch's own hidden state files. */
    static List<String> files(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".batch-") && !p.startsWith(".ratecard")).sorted().toList();
        }
    }

    /** A fast client deliverable (audience client) for tests: what the opening is and its recommended base, as text. */
    static final class ClientText implements Renderer {
        @Override
        public String format() {
            return "txt";
        }

        @Override
        public void render(com.ratecard.render.QuoteDocument document, java.io.OutputStream out) throws IOException {
            var q = document.quote();
            out.write((q.opening().client() + " | " + q.role().name() + " | " + q.recommendedBase().low() + "-" + q.recommendedBase().high()
                    + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    static LocalDate issued() {
        return Fixtures.ISSUED;
    }
}
