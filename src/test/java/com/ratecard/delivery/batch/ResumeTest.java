package com.ratecard.delivery.batch;

import static com.ratecard.delivery.batch.BatchFixtures.assertIntact;
import static com.ratecard.delivery.batch.BatchFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ratecard.data.InputException;
import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.RunLock;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.WrittenFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The journal lines of these finished entries. */
    private static StringBuilder journal(List<Manifest.Entry> entries) throws IOException {
        StringBuilder journal = new StringBuilder();
        String input = INPUT.toAbsolutePath().normalize().toString();
        for (Manifest.Entry e : entries) journal.append(JSON.writeValueAsString(Map.of("input", input, "entry", e))).append('\n');
        return journal;
    }

    /** As a first run killed after {@code done} openings leaves the folder: only their files, no rate cards, no summary, no manifest. */
    private void asIfKilledAfter(Manifest first, int done) throws IOException {
        Files.delete(out.resolve(ManifestStore.MANIFEST));
        Files.delete(out.resolve("summary.xlsx"));
        for (Manifest.Client c : first.clients()) for (WrittenFile f : c.files()) Files.delete(out.resolve(f.path()));
        for (Manifest.Entry e : first.entries().subList(done, first.entries().size())) {
            for (WrittenFile f : e.files()) Files.delete(out.resolve(f.path()));
        }
    }

    @Test
    void killedMidRowsWithAHalfWrittenJournalLine() throws IOException {
        Manifest first = run(out, INPUT).manifest();
        // As if killed after 10 openings: their journal lines, the 11th cut short, no manifest.
        asIfKilledAfter(first, 10);
        String cut = JSON.writeValueAsString(Map.of("input", "x", "entry", first.entries().get(10)));
        Files.writeString(out.resolve(ManifestStore.JOURNAL), journal(first.entries().subList(0, 10)) + cut.substring(0, cut.length() / 2),
                StandardCharsets.UTF_8);

        Manifest second = run(out, INPUT).manifest();
        assertEquals(10, second.totals().skipped(), "the journal's openings are kept");
        assertEquals(first.entries().size() - 10, second.totals().ok(), "the rest are redone");
        assertIntact(out, second);
        assertFalse(Files.exists(out.resolve(ManifestStore.JOURNAL)));
    }

    @Test
    void aFileAKilledRunClaimedIsItsOwn() throws IOException {
        Manifest first = run(out, INPUT).manifest();
        // Killed after renaming row 11's file into place but before its entry line: only the claim names it.
        asIfKilledAfter(first, 11);
        String input = INPUT.toAbsolutePath().normalize().toString();
        StringBuilder journal = journal(first.entries().subList(0, 10));
        journal.append(JSON.writeValueAsString(Map.of("input", input, "claim", first.entries().get(10).files().stream().map(WrittenFile::path)
                .toList()))).append('\n');
        Files.writeString(out.resolve(ManifestStore.JOURNAL), journal);

        Manifest second = run(out, INPUT).manifest();
        assertEquals(0, second.totals().failed(), "the claimed file is replaced, not refused");
        assertEquals(10, second.totals().skipped());
        assertIntact(out, second);
    }

    @Test
    void aRunKilledTwiceStillKeepsEverything() throws IOException {
        Manifest first = run(out, INPUT).manifest();
        asIfKilledAfter(first, 10);
        String input = INPUT.toAbsolutePath().normalize().toString();
        // First kill: 5 openings journaled and the 6th line cut short.
        StringBuilder journal = journal(first.entries().subList(0, 5));
        String cut = JSON.writeValueAsString(Map.of("input", input, "entry", first.entries().get(5)));
        journal.append(cut, 0, cut.length() / 3);
        Files.writeString(out.resolve(ManifestStore.JOURNAL), journal);
        // The second run cuts the torn line off, writes 5 more, and is killed too.
        ManifestStore store = new ManifestStore(out);
        store.begin();
        for (Manifest.Entry e : first.entries().subList(5, 10)) store.append(e, input);
        store.close();
        assertTrue(Files.readString(out.resolve(ManifestStore.JOURNAL)).lines().allMatch(l -> l.startsWith("{") && l.endsWith("}")),
                "no torn line left in the journal");

        Manifest third = run(out, INPUT).manifest();
        assertEquals(10, third.totals().skipped(), "both killed runs' work is kept");
        assertEquals(first.entries().size() - 10, third.totals().ok());
        assertEquals(first.entries().stream().map(Manifest.Entry::files).toList(),
                third.entries().stream().map(Manifest.Entry::files).toList(), "same files, none duplicated");
        assertIntact(out, third);
    }

    @Test
    void aDamagedManifestLosesTheRecordSoNothingIsOverwritten() throws IOException {
        Manifest first = run(out, INPUT).manifest();
        Files.writeString(out.resolve(ManifestStore.MANIFEST), "{\"entries\": [ {\"row\": 2, \"key\": ");
        Map<String, byte[]> before = new java.util.HashMap<>();
        for (WrittenFile f : first.allFiles()) before.put(f.path(), Files.readAllBytes(out.resolve(f.path())));
        InputException e = assertThrows(InputException.class, () -> run(out, INPUT));
        assertTrue(e.getMessage().contains("summary.xlsx exists and nothing records ratecard writing it"), e.getMessage());
        assertTrue(e.getMessage().contains("manifest.json is damaged"), e.getMessage());
        for (WrittenFile f : first.allFiles()) assertTrue(java.util.Arrays.equals(before.get(f.path()), Files.readAllBytes(out.resolve(f.path()))));
        assertFalse(Files.exists(out.resolve(RunLock.FILE)));
    }
}
