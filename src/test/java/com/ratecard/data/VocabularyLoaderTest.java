package com.ratecard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files that teach matching are checked like the salary tables: every mistake, with its file and line. */
class VocabularyLoaderTest {
    @TempDir
    Path dir;

    private void copy() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) Files.copy(file, dir.resolve(file.getFileName()));
        }
    }

    private void append(String file, String line) throws IOException {
        Files.writeString(dir.resolve(file), Files.readString(dir.resolve(file)) + line + "\n");
    }

    private List<String> errors() {
        DataException e = assertThrows(DataException.class, () -> MarketDataLoader.load(dir));
        return e.errors().stream().map(DataError::toString).toList();
    }

    @Test
    void bundledVocabularyLoads() {
        Vocabulary v = MarketDataLoader.load(Path.of("data")).vocabulary();
        assertEquals(51, v.states().size());
        assertTrue(v.places().stream().anyMatch(p -> p.name().equals("Jersey City") && p.locationId().equals("new-york")));
        assertTrue(v.abroad().stream().anyMatch(p -> p.name().equals("London")));
        assertTrue(v.levelWords().stream().anyMatch(w -> w.word().equals("l5") && w.levelIds().equals(List.of("senior"))));
        assertTrue(v.synonyms().stream().anyMatch(s -> s.word().equals("ml")));
    }

    @Test
    void badRowsAreNamed() throws IOException {
        copy();
        append("places.csv", "Springfield,ZZ,springfield-market,");
        append("level-words.csv", "top,executive,\"Top of the ladder\"");
        append("level-words.csv", "senior,senior,\"already in levels.csv\"");
        append("us-states.csv", "Texas,Texas again");
        append("synonyms.csv", "ml2,machine learning");
        List<String> errors = errors();
        int places = Files.readAllLines(dir.resolve("places.csv")).size();
        assertTrue(errors.contains("places.csv:" + places + ": state: unknown state \"ZZ\"; expected one of us-states.csv: AK, AL, AR, AZ, CA, "
                + "CO, CT, DC, DE, FL, GA, HI, IA, ID, IL, IN, KS, KY, LA, MA, MD, ME, MI, MN, MO, MS, MT, NC, ND, NE, NH, NJ, NM, NV, NY, OH, "
                + "OK, OR, PA, RI, SC, SD, TN, TX, UT, VA, VT, WA, WI, WV, WY"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("places.csv:" + places + ": location: unknown location \"springfield-market\"")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("level-words.csv:") && e.contains("levels: unknown levels \"executive\"")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("word: \"senior\" is already a level id, name or alias in levels.csv")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("us-states.csv:") && e.contains("code: \"TEXAS\" is not a postal code")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("synonyms.csv:") && e.contains("duplicate written_as \"machine learning\"")),
                errors.toString());
    }

    @Test
    void aMissingFileIsReported() throws IOException {
        copy();
        Files.delete(dir.resolve("places.csv"));
        assertTrue(errors().stream().anyMatch(e -> e.startsWith("places.csv:0: file: missing")), errors().toString());
    }
}
