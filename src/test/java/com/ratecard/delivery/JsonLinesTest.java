package com.ratecard.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's and the ledger's one file format: whole lines appended, a cut last line never read and cut off on reopening. */
class JsonLinesTest {
    @TempDir
    Path dir;

    private static List<String> read(Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        JsonLines.read(file, (n, text) -> lines.add(n + ":" + text));
        return lines;
    }

    @Test
    void aCutLastLineIsNeverReadAndIsCutOffOnReopening() throws Exception {
        Path file = dir.resolve("j.jsonl");
        for (JsonLines.Sync sync : JsonLines.Sync.values()) {
            Files.deleteIfExists(file);
            try (JsonLines lines = JsonLines.open(file, sync)) {
                lines.append("{\"a\":1}");
                lines.append("{\"b\":\"two\"}");
                assertEquals(0, lines.repairedBytes());
            }
            Files.writeString(file, "{\"c\":", StandardOpenOption.APPEND); // killed mid-write
            assertEquals(List.of("1:{\"a\":1}", "2:{\"b\":\"two\"}"), read(file), "the cut line is not a line");
            try (JsonLines lines = JsonLines.open(file, sync)) {
                assertEquals(5, lines.repairedBytes());
                lines.append("{\"d\":4}");
            }
            assertEquals("{\"a\":1}\n{\"b\":\"two\"}\n{\"d\":4}\n", Files.readString(file), sync + ": repaired, then appended");
        }
    }

    @Test
    void damageIsReportedByLineAndNonUtf8DoesNotSinkTheFile() throws Exception {
        Path file = dir.resolve("d.jsonl");
        Files.write(file, "{\"ok\":1}\n\n{\"x\":\"\u00ff\u00fe\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("1:{\"ok\":1}", "3:{\"x\":\"\uFFFD\uFFFD\"}"), read(file));
        assertEquals(List.of(), read(dir.resolve("missing.jsonl")));
        try (JsonLines lines = JsonLines.open(dir.resolve("n.jsonl"), JsonLines.Sync.EACH_LINE)) {
            assertThrows(IllegalArgumentException.class, () -> lines.append("{\"a\":\n1}"), "one line is one record");
        }
    }
}
