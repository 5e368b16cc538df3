package com.ratecard.delivery.batch;

import static com.ratecard.delivery.batch.BatchFixtures.assertIntact;
import static com.ratecard.delivery.batch.BatchFixtures.csv;
import static com.ratecard.delivery.batch.BatchFixtures.row;
import static com.ratecard.delivery.batch.BatchFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ratecard.data.InputException;
import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.RunLock;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.Status;
import com.ratecard.delivery.manifest.WrittenFile;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import com.ratecard.render.json.JsonRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private static Manifest.Entry entry(Manifest manifest, int row) {
        return manifest.entries().stream().filter(e -> e.row() == row).findFirst().orElseThrow();
    }

    private static Map<String, FileTime> times(Path out, List<String> paths) throws IOException {
        Map<String, FileTime> times = new HashMap<>();
        for (String path : paths) times.put(path, Files.getLastModifiedTime(out.resolve(path)));
        return times;
    }

    @Test
    void goodAndBadRows() throws IOException {
        Path input = BatchFixtures.SAMPLES.resolve("openings-with-errors.csv");
        BatchRunner.Result result = run(out(), input);
        Manifest m = result.manifest();
        assertEquals(new Manifest.Totals(7, 2, 0, 5, m.totals().millis(), m.totals().bytes()), m.totals());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), m.entries().stream().map(Manifest.Entry::row).toList());
        Map<Integer, String> reasons = m.entries().stream().filter(e -> e.reason() != null)
                .collect(Collectors.toMap(Manifest.Entry::row, Manifest.Entry::reason));
        assertTrue(reasons.get(3).startsWith("openings-with-errors.csv:3: role: unknown role \"Quantum Wrangler\""), reasons.get(3));
        assertTrue(reasons.get(4).startsWith("openings-with-errors.csv:4: budget: \"abc\" is not an amount; expected"), reasons.get(4));
        assertTrue(reasons.get(5).startsWith("openings-with-errors.csv:5: client: missing"), reasons.get(5));
        assertTrue(reasons.get(7).startsWith("openings-with-errors.csv:7: contact_email: \"not-an-email\""), reasons.get(7));
        assertTrue(reasons.get(8).startsWith("openings-with-errors.csv:8: location: unknown location \"Atlantis\""), reasons.get(8));
        for (Manifest.Entry failed : m.entries().stream().filter(e -> e.reason() != null).toList()) {
            assertEquals(Status.FAILED, failed.status());
            assertTrue(failed.files().isEmpty());
            assertNull(failed.quote());
            assertTrue(failed.opening().raw() != null && !failed.opening().raw().isEmpty(), "what could be read is kept");
        }
        assertEquals("Quantum Wrangler", entry(m, 3).opening().role());
        assertEquals("abc", entry(m, 4).opening().raw().get("budget"));
        assertNull(entry(m, 4).opening().budget());

        Manifest.Entry ok = entry(m, 2);
        assertEquals(Status.OK, ok.status());
        assertEquals("acme-robotics", ok.clientFolder());
        assertEquals(List.of("acme-robotics/mlops-senior-san-diego.json"), ok.files().stream().map(WrittenFile::path).toList());
        assertEquals("MLOps Engineer", ok.quote().role());
        assertEquals("below floor", ok.quote().verdict());

        // What is on disk is exactly what the manifest says, and the manifest on disk is the one returned.
        assertIntact(out(), m);
        Manifest onDisk = ManifestStore.read(out().resolve("manifest.json"));
        assertEquals(m, onDisk);
        List<String> expected = new ArrayList<>(m.allFiles().stream().map(WrittenFile::path).toList());
        expected.add("manifest.json");
        assertEquals(expected.stream().sorted().toList(), BatchFixtures.files(out()));
        assertFalse(Files.exists(out().resolve(ManifestStore.JOURNAL)), "the journal goes once the manifest is written");
        assertFalse(Files.exists(out().resolve(ManifestStore.PREVIOUS)));
        assertEquals(m.allFiles().stream().mapToLong(WrittenFile::size).sum(), m.totals().bytes());
    }

    @Test
    void filesAreLaidOutAsDeliverableWriterDoes() throws IOException {
        Path input = BatchFixtures.SAMPLES.resolve("openings.yaml");
        Manifest m = run(out(), input).manifest();
        List<SourceRow> rows = new ArrayList<>();
        OpeningSource.open(input).forEach(rows::add);
        Path single = dir.resolve("single");
        for (int i = 0; i < rows.size(); i++) {
            var document = QuoteDocument.of(com.ratecard.Fixtures.ENGINE.price(rows.get(i).fields().build(
                    com.ratecard.Fixtures.MARKET.policy())), com.ratecard.Fixtures.brand("northbeam"), null, BatchFixtures.issued());
            List<WrittenFile> alone = new com.ratecard.delivery.DeliverableWriter(single, List.of(new JsonRenderer())).write(document);
            assertEquals(alone, m.entries().get(i).files(), "same path, size and SHA-256 as `generate` writes");
        }
    }

    @Test
    void manifestKeepsTheContractedFieldNames() throws IOException {
        run(out(), BatchFixtures.SAMPLES.resolve("openings-with-errors.csv"));
        JsonNode root = new ObjectMapper().readTree(out().resolve("manifest.json").toFile());
        for (String field : List.of("version", "generatedAt", "input", "brand", "formats", "fingerprint", "entries", "clients", "summary",
                "stale", "totals")) {
            assertTrue(root.has(field), field);
        }
        assertEquals(2, root.get("version").asInt());
        assertEquals("northbeam", root.get("brand").asText());
        JsonNode entry = root.get("entries").get(0);
        for (String field : List.of("row", "status", "reason", "key", "clientId", "clientFolder", "opening", "quote", "files", "millis")) {
            assertTrue(entry.has(field), field);
        }
        for (String field : List.of("client", "contactName", "contactEmail", "role", "level", "years", "location", "skills",
                "clearance", "engagement", "budget", "accountManager", "accountManagerEmail", "notes")) {
            assertTrue(entry.get("opening").has(field), field);
        }
        assertTrue(entry.get("opening").get("skills").isArray());
        assertTrue(entry.get("opening").get("budget").isNumber());
        for (String field : List.of("role", "level", "location", "verdict")) assertTrue(entry.get("quote").has(field), field);
        for (String range : List.of("recommendedBase", "totalComp", "payRate", "billRate")) {
            assertTrue(entry.get("quote").get(range).get("low").isNumber(), range);
            assertTrue(entry.get("quote").get(range).get("high").isNumber(), range);
        }
        JsonNode file = entry.get("files").get(0);
        for (String field : List.of("path", "format", "audience", "size", "sha256")) assertTrue(file.has(field), field);
        assertEquals("internal", file.get("audience").asText(), "the quote JSON is the agency's");
        assertEquals("internal", root.get("summary").get("audience").asText());
        JsonNode client = root.get("clients").get(0);
        for (String field : List.of("client", "clientId", "folder", "contactEmail", "files")) assertTrue(client.has(field), field);
        assertEquals("acme-robotics/rate-card.pdf", client.get("files").get(0).get("path").asText());
        assertEquals("client", client.get("files").get(0).get("audience").asText());
        for (String field : List.of("rows", "ok", "skipped", "failed", "millis", "bytes")) assertTrue(root.get("totals").has(field), field);
        assertTrue(root.get("entries").get(1).get("reason").isTextual());
        assertTrue(root.get("entries").get(0).get("reason").isNull());
    }

    @Test
    void rerunSkipsEverythingAndTouchesNothing() throws IOException {
        Path input = BatchFixtures.SAMPLES.resolve("openings.csv");
        Manifest first = run(out(), input).manifest();
        assertEquals(first.entries().size(), first.totals().ok());
        List<String> deliverables = new ArrayList<>();
        first.entries().forEach(e -> e.files().forEach(f -> deliverables.add(f.path())));
        first.clients().forEach(c -> c.files().forEach(f -> deliverables.add(f.path())));
        Map<String, FileTime> before = times(out(), deliverables);

        Manifest second = run(out(), input).manifest();
        assertEquals(0, second.totals().ok());
        assertEquals(first.entries().size(), second.totals().skipped());
        assertEquals(0, second.totals().failed());
        assertEquals(before, times(out(), deliverables), "no deliverable or rate card rewritten");
        for (int i = 0; i < first.entries().size(); i++) {
            Manifest.Entry a = first.entries().get(i);
            Manifest.Entry b = second.entries().get(i);
            assertEquals(Status.SKIPPED, b.status());
            assertEquals(a.key(), b.key());
            assertEquals(a.files(), b.files(), "a skipped row keeps its files");
            assertEquals(a.quote(), b.quote(), "and its quote");
            assertEquals(a.opening(), b.opening());
        }
        assertEquals(first.clients(), second.clients());
        assertIntact(out(), second);
    }

    @Test
    void changedRowRegeneratesOnlyItself() throws IOException {
        List<String> rows = new ArrayList<>(List.of(
                row("Acme Robotics", "MLOps Engineer", "senior", "San Diego", "Kubernetes", "direct-hire", "165000"),
                row("Acme Robotics", "Data Engineer", "mid", "Chicago", "Python", "contract", "120000"),
                row("Helix Health", "ML Engineer", "staff", "NYC", "LLM deployment", "direct-hire", "300000"),
                row("Helix Health", "DevOps Engineer", "entry", "Austin", "Docker", "contract-to-hire", "90000"),
                row("Quanta", "MLOps Engineer", "mid", "Remote", "MLflow", "contract", "")));
        Path input = csv(dir, "openings.csv", rows);
        Manifest first = run(out(), input).manifest();
        assertEquals(5, first.totals().ok());
        Map<String, FileTime> before = times(out(), first.allFiles().stream().map(WrittenFile::path)
                .filter(p -> !p.equals("summary.xlsx")).toList());

        rows.set(3, row("Helix Health", "DevOps Engineer", "entry", "Austin", "Docker", "contract-to-hire", "99000"));
        csv(dir, "openings.csv", rows);
        Manifest second = run(out(), input).manifest();
        assertEquals(1, second.totals().ok());
        assertEquals(4, second.totals().skipped());
        assertEquals(Status.OK, entry(second, 5).status());
        assertEquals(99_000.0, entry(second, 5).opening().budget());
        assertNotEquals(entry(first, 5).files().get(0).sha256(), entry(second, 5).files().get(0).sha256());
        assertEquals(entry(first, 5).files().get(0).path(), entry(second, 5).files().get(0).path());
        for (int row : List.of(2, 3, 4, 6)) {
            String path = entry(second, row).files().get(0).path();
            assertEquals(before.get(path), Files.getLastModifiedTime(out().resolve(path)), path + " untouched");
        }
        for (String untouchedClient : List.of("acme-robotics/rate-card.pdf", "quanta/rate-card.pdf")) {
            assertEquals(before.get(untouchedClient), Files.getLastModifiedTime(out().resolve(untouchedClient)), untouchedClient);
        }
        assertIntact(out(), second);
        String json = Files.readString(out().resolve(entry(second, 5).files().get(0).path()));
        assertTrue(json.contains("\"amount\" : 99000"), "the regenerated file has the new budget");
    }

    @Test
    void missingOutputsAreRedoneAndChangedOnesAreKept() throws IOException {
        Path input = BatchFixtures.SAMPLES.resolve("openings.csv");
        Manifest first = run(out(), input).manifest();
        Path deleted = out().resolve(first.entries().get(0).files().get(0).path());
        Files.delete(deleted);
        Path changed = out().resolve(first.entries().get(1).files().get(0).path());
        byte[] bytes = Files.readAllBytes(changed);
        bytes[bytes.length / 2] ^= 1; // same size, different content: somebody edited it
        Files.write(changed, bytes);

        Manifest second = run(out(), input).manifest();
        assertEquals(1, second.totals().ok());
        assertEquals(1, second.totals().failed());
        assertEquals(first.entries().size() - 2, second.totals().skipped());
        assertEquals(Status.OK, second.entries().get(0).status());
        Manifest.Entry kept = second.entries().get(1);
        assertEquals(Status.FAILED, kept.status());
        assertTrue(kept.reason().contains("was changed since ratecard wrote it; kept"), kept.reason());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(changed)), "the edited file is untouched");
        assertIntact(out(), second);

        Files.delete(changed); // the user moved it away: the next run writes the row again
        Manifest third = run(out(), input).manifest();
        assertEquals(1, third.totals().ok());
        assertEquals(0, third.totals().failed());
    }

    @Test
    void forceRedoesEverything() throws IOException {
        Path input = BatchFixtures.SAMPLES.resolve("openings.csv");
        run(out(), input);
        Manifest forced = BatchFixtures.runner(out(), List.of(new JsonRenderer()), true, false, "northbeam")
                .run(OpeningSource.open(input), input.toString(), input).manifest();
        assertEquals(forced.entries().size(), forced.totals().ok());
        assertEquals(0, forced.totals().skipped());
    }

    @Test
    void anotherBrandRedoesEverything() throws IOException {
        Path input = BatchFixtures.SAMPLES.resolve("openings.csv");
        Manifest first = run(out(), input).manifest();
        Manifest cedar = BatchFixtures.runner(out(), List.of(new JsonRenderer()), false, false, "cedar-slate")
                .run(OpeningSource.open(input), input.toString(), input).manifest();
        assertEquals(cedar.entries().size(), cedar.totals().ok());
        assertNotEquals(first.fingerprint(), cedar.fingerprint());
        assertEquals("cedar-slate", cedar.brand());
    }

    @Test
    void sameNameRowsGetSuffixesInInputOrder() throws IOException {
        List<String> rows = List.of(
                row("Acme", "MLOps Engineer", "senior", "NYC", "", "direct-hire", "180000"),
                row("Acme", "MLOps Engineer", "senior", "NYC", "Kubernetes", "contract", "190000"),
                row("Other Co", "MLOps Engineer", "senior", "NYC", "", "direct-hire", "180000"),
                row("Acme", "MLOps", "sr", "nyc", "", "direct-hire", "200000"));
        Path input = csv(dir, "openings.csv", rows);
        Manifest first = run(out(), input).manifest();
        List<String> names = first.entries().stream().map(e -> e.files().get(0).path()).toList();
        assertEquals(List.of("acme/mlops-senior-nyc.json", "acme/mlops-senior-nyc-2.json",
                "other-co/mlops-senior-nyc.json", "acme/mlops-senior-nyc-3.json"), names);
        Manifest second = run(out(), input).manifest();
        assertEquals(names, second.entries().stream().map(e -> e.files().get(0).path()).toList(), "deterministic across reruns");
        assertEquals(4, second.totals().skipped());
        assertEquals(1, second.clients().stream().filter(c -> c.folder().equals("acme")).findFirst().orElseThrow()
                .openings() / 3, "three Acme openings on one rate card");
    }

    @Test
    void hostileClientNamesStayInsideTheOutputFolder() throws IOException {
        List<String> hostile = List.of("../../../etc/passwd", "/tmp/evil", "..", "CON", "=HYPERLINK(\"http://evil.example\",\"x\")",
                "C:\\Windows\\System32", "a/../../b", "\u2028", "+1-555", "@SUM(A1)", "Ünïcödé GmbH", "x".repeat(300), "😀");
        List<String> rows = new ArrayList<>();
        for (String client : hostile) rows.add(row(client, "MLOps Engineer", "mid", "Chicago", "", "direct-hire", "130000"));
        Path input = csv(dir, "openings.csv", rows);
        Manifest m = run(out(), input).manifest();

        Path root = out().toAbsolutePath().normalize();
        try (var children = Files.list(dir)) {
            assertEquals(List.of("openings.csv", "out"), children.map(p -> p.getFileName().toString()).sorted().toList(),
                    "nothing written beside the output folder");
        }
        for (WrittenFile file : m.allFiles()) {
            assertTrue(root.resolve(file.path()).normalize().startsWith(root), file.path());
            assertFalse(file.path().contains(".."), file.path());
        }
        for (Manifest.Entry e : m.entries()) {
            if (e.clientFolder() == null) continue;
            assertTrue(e.clientFolder().matches("[\\p{L}\\p{M}\\p{N}_-]+"), e.clientFolder());
        }
        Map<String, String> folders = m.entries().stream().filter(e -> e.delivered())
                .collect(Collectors.toMap(e -> e.opening().client(), Manifest.Entry::clientFolder, (a, b) -> a));
        assertTrue(folders.get("../../../etc/passwd").matches("etc-passwd_[0-9a-z]{10}"), folders.toString());
        assertTrue(folders.get("CON").matches("con_[0-9a-z]{10}"), folders.toString());
        assertEquals("ünïcödé-gmbh", folders.get("Ünïcödé GmbH"));
        assertTrue(folders.get("😀").matches("client_[0-9a-z]{10}"), folders.toString());
        assertTrue(folders.get("x".repeat(300)).length() <= 60);
        assertEquals(folders.size(), new java.util.HashSet<>(folders.values()).size(), "one folder per client");
        assertIntact(out(), m);
        // Blank-looking clients fail as missing, they do not become a folder.
        assertTrue(m.entries().stream().filter(e -> !e.delivered()).allMatch(e -> e.reason().contains("client")),
                m.entries().stream().filter(e -> !e.delivered()).map(Manifest.Entry::reason).toList().toString());
    }

    @Test
    void csvXlsxAndYamlGiveTheSameDeliverables() throws IOException {
        Path yaml = BatchFixtures.SAMPLES.resolve("openings.yaml");
        Manifest fromYaml = run(dir.resolve("yaml"), yaml).manifest();
        // The same openings as CSV and XLSX, through the same rows' raw text.
        List<SourceRow> rows = new ArrayList<>();
        OpeningSource.open(yaml).forEach(rows::add);
        List<String> columns = com.ratecard.data.OpeningFields.NAMES;
        List<List<String>> table = new ArrayList<>();
        for (SourceRow r : rows) table.add(columns.stream().map(c -> r.raw().getOrDefault(c, "")).toList());
        Path csv = dir.resolve("openings.csv");
        List<String> lines = new ArrayList<>(List.of(String.join(",", columns)));
        for (List<String> cells : table) lines.add(cells.stream().map(BatchFixtures::quote).collect(Collectors.joining(",")));
        Files.write(csv, lines);
        Path xlsx = dir.resolve("openings.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); OutputStream stream = Files.newOutputStream(xlsx)) {
            var sheet = workbook.createSheet();
            var head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) head.createCell(c).setCellValue(columns.get(c));
            for (int r = 0; r < table.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) if (!table.get(r).get(c).isEmpty()) row.createCell(c).setCellValue(table.get(r).get(c));
            }
            workbook.write(stream);
        }
        Manifest fromCsv = run(dir.resolve("csv"), csv).manifest();
        Manifest fromXlsx = run(dir.resolve("xlsx"), xlsx).manifest();
        assertEquals(rows.size(), fromYaml.totals().ok());
        for (Manifest other : List.of(fromCsv, fromXlsx)) {
            assertEquals(fromYaml.totals().ok(), other.totals().ok());
            assertEquals(fromYaml.entries().stream().map(Manifest.Entry::key).toList(), other.entries().stream().map(Manifest.Entry::key).toList());
            assertEquals(fromYaml.entries().stream().map(Manifest.Entry::files).toList(), other.entries().stream().map(Manifest.Entry::files).toList(),
                    "byte-identical deliverables");
        }
        assertEquals(List.of(2, 3, 4, 5, 6), fromCsv.entries().stream().map(Manifest.Entry::row).toList());
        assertEquals(fromCsv.entries().stream().map(Manifest.Entry::row).toList(), fromXlsx.entries().stream().map(Manifest.Entry::row).toList());
        assertEquals(3, fromYaml.entries().get(0).row(), "YAML rows are the items' lines (after two comment lines)");
    }

    /** A real renderer that cannot render one client's openings, as a broken template would. */
    private static final class Picky implements Renderer {
        @Override
        public String format() {
            return "txt";
        }

        @Override
        public void render(QuoteDocument document, OutputStream out) throws IOException {
            if (document.quote().opening().client().startsWith("Boom")) throw new IOException("template error at line 3");
            out.write(document.quote().role().name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRenderingFailureFailsOnlyItsRow() throws IOException {
        Path input = csv(dir, "openings.csv", List.of(
                row("Acme", "MLOps Engineer", "senior", "NYC", "", "direct-hire", "180000"),
                row("Boom Inc", "MLOps Engineer", "senior", "NYC", "", "direct-hire", "180000"),
                row("Acme", "Data Engineer", "mid", "NYC", "", "direct-hire", "130000")));
        Manifest m = BatchFixtures.runner(out(), List.of(new JsonRenderer(), new Picky()), false, false, "northbeam")
                .run(OpeningSource.open(input), "openings.csv", input).manifest();
        assertEquals(2, m.totals().ok());
        assertEquals(1, m.totals().failed());
        Manifest.Entry boom = entry(m, 3);
        assertEquals("openings.csv:3: render: txt: IOException: template error at line 3", boom.reason());
        assertEquals(List.of("json", "txt"), entry(m, 2).files().stream().map(WrittenFile::format).toList());
        assertIntact(out(), m);
        // The next run retries the failed row only.
        Manifest again = BatchFixtures.runner(out(), List.of(new JsonRenderer(), new Picky()), false, false, "northbeam")
                .run(OpeningSource.open(input), "openings.csv", input).manifest();
        assertEquals(2, again.totals().skipped());
        assertEquals(1, again.totals().failed());
    }

    @Test
    void outdatedFilesAreListedAsStaleAndRemovedOnlyWithPrune() throws IOException {
        List<String> rows = new ArrayList<>(List.of(
                row("Acme", "MLOps Engineer", "senior", "NYC", "", "direct-hire", "180000"),
                row("Acme", "Data Engineer", "mid", "NYC", "", "direct-hire", "130000")));
        Path input = csv(dir, "openings.csv", rows);
        run(out(), input);
        rows.set(1, row("Acme", "Data Engineer", "staff", "NYC", "", "direct-hire", "230000"));
        csv(dir, "openings.csv", rows);
        BatchRunner.Result result = run(out(), input);
        assertEquals(0, result.removedStale());
        assertEquals(List.of("acme/data-engineer-mid-nyc.json"), result.stale());
        assertEquals(1, result.totals().skipped());
        assertTrue(Files.exists(out().resolve("acme/data-engineer-mid-nyc.json")), "kept without --prune");
        assertEquals(List.of("acme/data-engineer-mid-nyc.json"),
                result.manifest().stale().stream().map(WrittenFile::path).toList(), "and listed in the manifest");

        // Another input written to the same folder lists this one's files as stale too, and still removes nothing.
        Path other = csv(dir, "other.csv", List.of(row("Acme", "DevOps Engineer", "entry", "Austin", "", "contract", "")));
        BatchRunner.Result third = run(out(), other);
        assertEquals(0, third.removedStale());
        assertTrue(third.stale().contains("acme/data-engineer-staff-nyc.json"), third.stale().toString());
        assertTrue(third.stale().contains("acme/data-engineer-mid-nyc.json"), "stale files stay known: " + third.stale());
        assertTrue(Files.exists(out().resolve("acme/data-engineer-staff-nyc.json")));

        // --prune removes them, but never a file somebody changed.
        Path edited = out().resolve("acme/data-engineer-mid-nyc.json");
        Files.writeString(edited, "my notes", java.nio.file.StandardOpenOption.APPEND);
        BatchRunner.Result pruned = BatchFixtures.runner(out(), List.of(new JsonRenderer()), false, false, true, "northbeam")
                .run(OpeningSource.open(other), other.toString(), other);
        assertEquals(third.stale().size() - 1, pruned.removedStale());
        assertEquals(List.of(), pruned.stale());
        assertTrue(Files.exists(edited), "a changed file is never pruned");
        assertFalse(Files.exists(out().resolve("acme/data-engineer-staff-nyc.json")));
        assertTrue(Files.exists(out().resolve("acme/devops-entry-austin.json")));
    }

    @Test
    void leftoverTempFilesAreDeleted() throws IOException {
        Path temp = out().resolve("acme").resolve(AtomicFiles.TEMP_PREFIX + "123-mlops.json");
        Files.createDirectories(temp.getParent());
        Files.writeString(temp, "{\"half\":");
        BatchRunner.Result result = run(out(), BatchFixtures.SAMPLES.resolve("openings.yaml"));
        assertFalse(Files.exists(temp));
        assertEquals(1, result.removedTemps());
    }

    @Test
    void zipsHoldEachClientsClientDeliverablesOnly() throws IOException {
        Path input = BatchFixtures.SAMPLES.resolve("openings.csv");
        List<Renderer> both = List.of(new JsonRenderer(), new BatchFixtures.ClientText());
        Manifest m = BatchFixtures.runner(out(), both, false, true, "northbeam").run(OpeningSource.open(input), input.toString(), input)
                .manifest();
        assertIntact(out(), m);
        for (Manifest.Client client : m.clients()) {
            WrittenFile zip = client.files().stream().filter(f -> f.format().equals("zip")).findFirst().orElseThrow();
            assertEquals(client.folder() + ".zip", zip.path());
            Map<String, byte[]> contents = new HashMap<>();
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(out().resolve(zip.path())))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) contents.put(e.getName(), in.readAllBytes());
            }
            // The client's own deliverables only: the quote JSON is the agency's and never goes in a zip.
            List<String> expected = new ArrayList<>();
            m.entries().stream().filter(e -> client.clientId().equals(e.clientId()) && e.delivered())
                    .forEach(e -> e.clientFiles().forEach(f -> expected.add(f.path())));
            assertTrue(contents.keySet().stream().noneMatch(name -> name.endsWith(".json")), contents.keySet().toString());
            expected.add(client.folder() + "/rate-card.pdf");
            assertEquals(expected.stream().map(p -> p.substring(p.indexOf('/') + 1)).sorted().toList(),
                    contents.keySet().stream().sorted().toList());
            assertTrue(contents.keySet().stream().noneMatch(n -> n.endsWith(".json")), "never the quote JSON: " + contents.keySet());
            for (String path : expected) {
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(out().resolve(path)),
                        contents.get(path.substring(path.indexOf('/') + 1))), path);
            }
        }
        // Asking for zips later adds them without redoing the openings; a run without --zip keeps them.
        Path out2 = dir.resolve("out2");
        BatchFixtures.runner(out2, both, false, false, "northbeam").run(OpeningSource.open(input), input.toString(), input);
        Manifest zipped = BatchFixtures.runner(out2, both, false, true, "northbeam")
                .run(OpeningSource.open(input), input.toString(), input).manifest();
        assertEquals(zipped.entries().size(), zipped.totals().skipped());
        assertTrue(zipped.clients().stream().allMatch(c -> c.files().size() == 2));
        Manifest again = BatchFixtures.runner(out2, both, false, false, "northbeam")
                .run(OpeningSource.open(input), input.toString(), input).manifest();
        assertTrue(again.clients().stream().allMatch(c -> c.zip() != null), "a current zip stays listed");
        assertEquals(List.of(), again.stale());
    }

    @Test
    void aBusyOutputFolderIsRefused() throws IOException {
        try (RunLock other = RunLock.acquire(out(), "send")) {
            InputException e = assertThrows(InputException.class, () -> run(out(), BatchFixtures.SAMPLES.resolve("openings.yaml")));
            assertTrue(e.getMessage().contains("in use by another ratecard run (ratecard send, pid"), e.getMessage());
        }
        assertFalse(Files.exists(out().resolve(RunLock.FILE)), "no lock file left after a clean exit");
        assertEquals(5, run(out(), BatchFixtures.SAMPLES.resolve("openings.yaml")).totals().ok());
    }

    @Test
    void unreadableInputWritesNothing() throws IOException {
        Path input = Files.writeString(dir.resolve("bad.csv"), "client,role\nAcme,MLOps\n\"unterminated\n");
        assertThrows(InputException.class, () -> run(out(), input));
        assertFalse(Files.exists(out()), "not even the output folder is created");
        Path empty = Files.writeString(dir.resolve("empty.csv"), BatchFixtures.HEADER + "\n");
        assertTrue(assertThrows(InputException.class, () -> run(out(), empty)).getMessage().contains("no openings"));
    }

    @Test
    void fingerprintFollowsDataTemplatesAndTheChosenBrandOnly() throws IOException {
        Path data = dir.resolve("data");
        Path templates = dir.resolve("templates");
        copy(com.ratecard.Fixtures.DATA, data);
        copy(com.ratecard.Fixtures.TEMPLATES, templates);
        String base = Fingerprint.of(data, templates, "northbeam", "v1");
        assertEquals(base, Fingerprint.of(data, templates, "northbeam", "v1"));
        assertNotEquals(base, Fingerprint.of(data, templates, "northbeam", "v2"));
        Files.writeString(templates.resolve("brands/cedar-slate/brand.yaml"), "\n# edited\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(base, Fingerprint.of(data, templates, "northbeam", "v1"), "another brand's edit");
        Files.writeString(templates.resolve("brands/northbeam/brand.yaml"), "\n# edited\n", java.nio.file.StandardOpenOption.APPEND);
        String edited = Fingerprint.of(data, templates, "northbeam", "v1");
        assertNotEquals(base, edited, "the chosen brand's edit");
        Files.writeString(data.resolve("policy.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(edited, Fingerprint.of(data, templates, "northbeam", "v1"), "a data edit");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    static byte[] read(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
