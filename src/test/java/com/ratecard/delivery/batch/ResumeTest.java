package com.ratecard.delivery.batch;

import static com.ratecard.delivery.batch.BatchFixtures.assertIntact;
import static com.ratecard.delivery.batch.BatchFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ratecard.delivery.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The states a killed run can leave, built by hand, and the next run finishing from each. */
class ResumeTest {
    private static final Path INPUT = BatchFixtures.SAMPLES.resolve("openings.csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    void killedInTheFinalPhase() throws IOException {
        Manifest first = run(out, INPUT).manifest();
        // As if killed while writing the summary: manifest set aside, summary and a rate card not yet (re)written,
        // a temporary file half written.
        Files.move(out.resolve(ManifestStore.MANIFEST), out.resolve(ManifestStore.PREVIOUS));
        Files.delete(out.resolve("summary.xlsx"));
        Files.delete(out.resolve("acme-robotics/rate-card.pdf"));
        Files.writeString(out.resolve(AtomicFiles.TEMP_PREFIX + "42-summary.xlsx"), "PK");

        BatchRunner.Result result = run(out, INPUT);
        assertEquals(first.entries().size(), result.totals().skipped(), "no opening redone");
        assertEquals(1, result.removedTemps());
        assertIntact(out, result.manifest());
        assertTrue(Files.exists(out.resolve("acme-robotics/rate-card.pdf")));
        assertFalse(Files.exists(out.resolve(ManifestStore.PREVIOUS)));
        assertEquals(first.clients().stream().filter(c -> !c.folder().equals("acme-robotics")).toList(),
                result.manifest().clients().stream().filter(c -> !c.folder().equals("acme-robotics")).toList(),
                "the other clients' rate cards are kept");
    }

    @Test
    void killedMidRowsWithAHalfWrittenJournalLine() throws IOException {
        Manifest first = run(out, INPUT).manifest();
        // As if killed after 10 openings: their journal lines, the 11th cut short, no manifest.
        List<String> lines = new ArrayList<>();
        for (Manifest.Entry e : first.entries().subList(0, 10)) {
            lines.add(JSON.writeValueAsString(Map.of("input", INPUT.toAbsolutePath().normalize().toString(), "entry", e)));
        }
        String cut = JSON.writeValueAsString(Map.of("input", "x", "entry", first.entries().get(10)));
        Files.writeString(out.resolve(ManifestStore.JOURNAL), String.join("\n", lines) + "\n" + cut.substring(0, cut.length() / 2),
                StandardCharsets.UTF_8);
        Files.delete(out.resolve(ManifestStore.MANIFEST));

        Manifest second = run(out, INPUT).manifest();
        assertEquals(10, second.totals().skipped(), "the journal's openings are kept");
        assertEquals(first.entries().size() - 10, second.totals().ok(), "the rest are redone");
        assertIntact(out, second);
        assertFalse(Files.exists(out.resolve(ManifestStore.JOURNAL)));
    }

    @Test
    void aRunKilledTwiceStillKeepsEverything() throws IOException {
        Manifest first = run(out, INPUT).manifest();
        Files.delete(out.resolve(ManifestStore.MANIFEST));
        String input = INPUT.toAbsolutePath().normalize().toString();
        // First kill: 5 openings journaled and the 6th line cut short.
        StringBuilder journal = new StringBuilder();
        for (Manifest.Entry e : first.entries().subList(0, 5)) journal.append(JSON.writeValueAsString(Map.of("input", input, "entry", e))).append('\n');
        String cut = JSON.writeValueAsString(Map.of("input", input, "entry", first.entries().get(5)));
        journal.append(cut, 0, cut.length() / 3);
        Files.writeString(out.resolve(ManifestStore.JOURNAL), journal);
        // The second run starts its lines on a fresh line after the cut one, writes 5 more, and is killed too.
        ManifestStore store = new ManifestStore(out);
        store.begin();
        for (Manifest.Entry e : first.entries().subList(5, 10)) store.append(e, input);
        store.close();

        Manifest third = run(out, INPUT).manifest();
        assertEquals(10, third.totals().skipped(), "both killed runs' work is kept");
        assertEquals(first.entries().size() - 10, third.totals().ok());
        assertEquals(first.entries().stream().map(Manifest.Entry::files).toList(),
                third.entries().stream().map(Manifest.Entry::files).toList(), "same files, none duplicated");
        assertIntact(out, third);
    }

    @Test
    void aDamagedManifestOnlyCostsRedoingTheRows() throws IOException {
        Manifest first = run(out, INPUT).manifest();
        Files.writeString(out.resolve(ManifestStore.MANIFEST), "{\"entries\": [ {\"row\": 2, \"key\": ");
        Manifest second = run(out, INPUT).manifest();
        assertEquals(first.entries().size(), second.totals().ok());
        assertIntact(out, second);
    }
}
