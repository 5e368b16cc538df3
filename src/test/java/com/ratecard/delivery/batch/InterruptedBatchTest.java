package com.ratecard.delivery.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ratecard.cli.Main;
import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.RunLock;
import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.Status;
import com.ratecard.delivery.manifest.WrittenFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Kills a batch in a child JVM with SIGKILL in the middle of its work, checks that nothing on disk
 * looks complete without being so, then lets a second run finish the job: every row exactly once,
 * the killed run's work kept, nothing duplicated.
 */
class InterruptedBatchTest {
    private static final int ROWS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path syntheticInput() throws IOException {
        String[] roles = {"MLOps Engineer", "Data Engineer", "ML Engineer", "DevOps Engineer"};
        String[] levels = {"entry", "mid", "senior", "staff"};
        String[] places = {"San Francisco", "NYC", "Seattle", "Austin", "Los Angeles", "Chicago", "Remote", "national"};
        String[] engagements = {"direct-hire", "contract", "contract-to-hire"};
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(BatchFixtures.row("Client " + (i % 25), roles[i % 4], levels[(i / 4) % 4], places[(i / 16) % 8],
                    i % 3 == 0 ? "Kubernetes; Terraform" : "", engagements[i % 3], Integer.toString(90_000 + (i % 40) * 5_000)));
        }
        return BatchFixtures.csv(dir, "openings.csv", rows);
    }

    @Test
    void killedMidRunThenCompletedByTheNextRun() throws Exception {
        Path input = syntheticInput();
        Path out = dir.resolve("out");
        Path journal = out.resolve(ManifestStore.JOURNAL);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m", "-Djava.awt.headless=true",
                "-Dratecard.home=" + Path.of("").toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
                "com.ratecard.cli.Main", "batch", input.toString(), "--out", out.toString(), "--format", "json", "--jobs", "2", "--quiet");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (entries(journal) < 40) {
            assertTrue(child.isAlive(), "the child ended before it could be killed:\n" + Files.readString(dir.resolve("child.log")));
            assertTrue(System.nanoTime() < deadline, "no progress in the journal");
            Thread.sleep(5);
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(out.resolve(ManifestStore.MANIFEST)), "killed before the end: no manifest claims completeness");

        // Every opening the journal records is on disk, complete, exactly as recorded.
        List<Manifest.Entry> recorded = journalEntries(journal);
        assertTrue(recorded.size() >= 40 && recorded.size() < ROWS, "killed mid-run: " + recorded.size() + " of " + ROWS);
        for (Manifest.Entry entry : recorded) {
            assertEquals(Status.OK, entry.status());
            for (WrittenFile file : entry.files()) {
                AtomicFiles.Digest digest = AtomicFiles.digest(out.resolve(file.path()));
                assertEquals(file.sha256(), digest.sha256(), file.path());
            }
        }
        // Every file with a final name is complete (parses); only hidden temporaries may be partial.
        int complete = 0;
        for (Path file : regularFiles(out)) {
            String name = file.getFileName().toString();
            if (name.startsWith(AtomicFiles.TEMP_PREFIX) || name.startsWith(".batch-") || name.equals(RunLock.FILE)) continue;
            JsonNode quote = JSON.readTree(file.toFile());
            assertTrue(quote.has("recommendedBase"), file.toString());
            complete++;
        }
        assertTrue(complete >= recorded.size());

        // The next run finishes the job.
        StringWriter text = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(text, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cli.execute("batch", input.toString(), "--out", out.toString(), "--format", "json", "--quiet"), text.toString());
        Manifest manifest = ManifestStore.read(out.resolve(ManifestStore.MANIFEST));
        assertEquals(ROWS, manifest.totals().rows());
        assertEquals(0, manifest.totals().failed());
        assertEquals(ROWS, manifest.totals().ok() + manifest.totals().skipped());
        assertTrue(manifest.totals().skipped() >= recorded.size(), "the killed run's work is kept: " + manifest.totals());
        Set<Integer> rows = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (Manifest.Entry entry : manifest.entries()) {
            assertTrue(rows.add(entry.row()), "row " + entry.row() + " once");
            assertEquals(1, entry.files().size());
            assertTrue(paths.add(entry.files().get(0).path()), "file " + entry.files().get(0).path() + " once");
        }
        assertEquals(ROWS, rows.size());
        BatchFixtures.assertIntact(out, manifest);
        // Nothing else on disk: no temporaries, no duplicates, no journal.
        List<String> expected = new ArrayList<>(manifest.allFiles().stream().map(WrittenFile::path).toList());
        expected.add(ManifestStore.MANIFEST);
        assertEquals(expected.stream().sorted().toList(), BatchFixtures.files(out));
        assertFalse(Files.exists(journal));
        assertFalse(Files.exists(out.resolve(RunLock.FILE)), "the clean run removed the lock the killed one left");
    }

    /** The finished openings recorded so far (each also has a claim line before it). */
    private static int entries(Path journal) throws IOException {
        if (!Files.exists(journal)) return 0;
        String text = new String(Files.readAllBytes(journal), StandardCharsets.UTF_8);
        int n = 0;
        for (int i = text.indexOf("\"entry\":{"); i >= 0; i = text.indexOf("\"entry\":{", i + 1)) n++;
        return n;
    }

    private static List<Manifest.Entry> journalEntries(Path journal) throws IOException {
        List<Manifest.Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            try {
                JsonNode node = JSON.readTree(line);
                if (node.hasNonNull("claim")) continue; // the paths a row was about to write
                entries.add(JSON.treeToValue(node.get("entry"), Manifest.Entry.class));
            } catch (IOException e) {
                // a line cut by the kill: allowed only as the last one
                assertEquals(line, Files.readAllLines(journal).get(Files.readAllLines(journal).size() - 1));
            }
        }
        return entries;
    }

    private static List<Path> regularFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
