package com.ratecard.delivery.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.data.InputException;
import com.ratecard.render.Audience;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the batch writes is what send (strictly) and the next batch (as a stream) read back: one schema. */
class ManifestRoundTripTest {
    @TempDir
    Path dir;

    static Manifest sample() {
        WrittenFile xlsx = new WrittenFile("acme-robotics/mlops-senior-southern-california.xlsx", "xlsx", Audience.CLIENT, 12345, "a".repeat(64));
        WrittenFile json = new WrittenFile("acme-robotics/mlops-senior-southern-california.json", "json", Audience.INTERNAL, 999, "b".repeat(64));
        WrittenFile deal = new WrittenFile("acme-robotics/mlops-senior-southern-california-deal-sheet.pdf", "deal-sheet", Audience.INTERNAL,
                4321, "c".repeat(64));
        Manifest.OpeningInfo opening = new Manifest.OpeningInfo("Acme Robotics", null, "Dana Whitfield", "dana@acme.example",
                "MLOps Engineer", "senior", null, "San Diego", "onsite", List.of("Kubernetes", "LLM deployment"), "required", "direct-hire",
                165000.0, "annual", "2026-12-01", "Priya Natarajan", "priya@northbeam.example", "on-site three days", null);
        Manifest.QuoteInfo quote = new Manifest.QuoteInfo("MLOps Engineer", "mlops", "Senior", "senior", 3, "Southern California",
                "southern-california", "direct-hire", new Manifest.Span(235550, 297000), new Manifest.Span(270883, 341550),
                new Manifest.Hourly(135.89, 171.35), new Manifest.Hourly(190.25, 239.89), 4, "below floor",
                "Senior MLOps Engineer in Southern California (typed: San Diego)", List.of("Rust"));
        Manifest.Entry ok = new Manifest.Entry(2, Status.OK, null, "k".repeat(64), "name:acme robotics", "acme-robotics", opening, quote,
                List.of(xlsx, json, deal), 42);
        Manifest.Entry failed = new Manifest.Entry(3, Status.FAILED, "openings.csv:3: role: unknown role \"Wizard\"", "r".repeat(64),
                "name:c++ labs", "c-labs_4kq9m2x7ad", Manifest.OpeningInfo.raw(Map.of("client", "C++ Labs", "role", "Wizard")), null,
                List.of(), 0);
        Manifest.Entry skipped = new Manifest.Entry(4, Status.SKIPPED, null, "s".repeat(64), "id:42", "helix_8f3k2m9q1x", opening, quote,
                List.of(xlsx), 3);
        WrittenFile card = new WrittenFile("acme-robotics/rate-card.pdf", "pdf", Audience.CLIENT, 777, "d".repeat(64));
        Manifest.Client client = new Manifest.Client("Acme Robotics", "name:acme robotics", "acme-robotics", "Dana Whitfield",
                "dana@acme.example", "Priya Natarajan", "priya@northbeam.example", 1, "e".repeat(64), List.of(card));
        WrittenFile summary = new WrittenFile("summary.xlsx", "xlsx", Audience.INTERNAL, 5555, "f".repeat(64));
        WrittenFile stale = new WrittenFile("acme-robotics/old.pdf", "pdf", Audience.CLIENT, 1, "0".repeat(64));
        return new Manifest(Manifest.VERSION, "2026-12-01T10:00:00Z", "openings.csv", "/data/openings.csv", "northbeam",
                List.of("xlsx", "json", "deal-sheet"), "9".repeat(64), List.of(ok, failed, skipped), List.of(client), summary, List.of(stale),
                new Manifest.Totals(3, 1, 1, 1, 1234, 20000),
                List.of(new Manifest.Warning(List.of(2), "sender-domain", "account_manager_email", "writes from another domain")));
    }

    @Test
    void writtenThenReadIsTheSameManifest() throws Exception {
        Manifest m = sample();
        Path out = Files.createDirectories(dir.resolve("out"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ManifestWriter.write(bytes, m);
        Files.write(out.resolve(ManifestReader.FILE_NAME), bytes.toByteArray());
        assertEquals(m, ManifestReader.read(out.resolve(ManifestReader.FILE_NAME)));
        assertEquals(m, ManifestReader.forSending(out), "the strict reader agrees");

        List<Manifest.Entry> entries = new ArrayList<>();
        List<Manifest.Client> clients = new ArrayList<>();
        List<WrittenFile> stale = new ArrayList<>();
        List<WrittenFile> summary = new ArrayList<>();
        ManifestReader.Scan scan = ManifestReader.scan(out.resolve(ManifestReader.FILE_NAME), new ManifestReader.Visitor() {
            @Override
            public void entry(Manifest.Entry e) {
                entries.add(e);
            }

            @Override
            public void client(Manifest.Client c) {
                clients.add(c);
            }

            @Override
            public void stale(WrittenFile f) {
                stale.add(f);
            }

            @Override
            public void summary(WrittenFile f) {
                summary.add(f);
            }
        });
        assertEquals(null, scan.problem());
        assertEquals("/data/openings.csv", scan.inputPath());
        assertEquals(m.entries(), entries);
        assertEquals(m.clients(), clients);
        assertEquals(m.stale(), stale);
        assertEquals(List.of(m.summary()), summary);

        // streamed entries give the same document as the record's own
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        ManifestWriter.write(streamed, new Manifest(m.version(), m.generatedAt(), m.input(), m.inputPath(), m.brand(), m.formats(),
                m.fingerprint(), List.of(), m.clients(), m.summary(), m.stale(), m.totals(), m.warnings()), m.entries());
        assertEquals(bytes.toString(), streamed.toString());
        String text = bytes.toString();
        for (String field : List.of("\"status\" : \"ok\"", "\"status\" : \"failed\"", "\"status\" : \"skipped\"", "\"audience\" : \"internal\"",
                "\"audience\" : \"client\"", "\"clientId\" : \"name:acme robotics\"", "\"stale\" : [")) {
            assertTrue(text.contains(field), field);
        }
    }

    @Test
    void theStrictReaderSaysWhatIsWrongAndWhere() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        String good = new String(toBytes(sample()));
        for (String[] damage : new String[][] {
                {"\"status\" : \"ok\"", "\"status\" : \"sent\"", "entries[0].status: \"sent\"; expected ok, skipped or failed"},
                {"\"sha256\" : \"aaaa", "\"sha256\" : \"AAAA", "entries[0].files[0].sha256"},
                {"\"size\" : 12345", "\"size\" : -1", "entries[0].files[0].size: negative"},
                {"\"clientId\" : \"name:acme robotics\"", "\"clientId\" : null", "entries[0].clientId: missing"},
                {"\"version\" : 2", "\"version\" : 1", "this ratecard reads manifest version 2"}}) {
            Files.writeString(out.resolve(ManifestReader.FILE_NAME), good.replaceFirst(java.util.regex.Pattern.quote(damage[0]), damage[1]));
            InputException e = assertThrows(InputException.class, () -> ManifestReader.forSending(out), damage[1]);
            assertTrue(e.getMessage().contains(damage[2]), e.getMessage());
        }
    }

    private static byte[] toBytes(Manifest m) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ManifestWriter.write(bytes, m);
        return bytes.toByteArray();
    }
}
