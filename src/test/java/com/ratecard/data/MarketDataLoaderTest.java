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

/** The validator's messages on broken copies of the bundled data. */
class MarketDataLoaderTest {
    @TempDir
    Path dir;

    private Path copy() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        return dir;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private List<String> errors() {
        DataException e = assertThrows(DataException.class, () -> MarketDataLoader.load(dir));
        return e.errors().stream().map(DataError::toString).toList();
    }

    @Test
    void bundledDataLoadsCompletely() {
        MarketData data = MarketDataLoader.load(Path.of("data"));
        assertEquals(16, data.sourceRanges().size());
        assertEquals(4, data.sources().size());
        assertEquals(4, data.roles().items().size());
        assertEquals(8, data.locations().items().size());
        assertEquals(5, data.skills().items().stream().filter(Skill::premium).count());
        assertEquals("southern-california", data.locations().resolve("Orange County").id());
        assertEquals("southern-california", data.locations().resolve("LA").id());
        assertEquals("new-york", data.locations().resolve("NYC").id());
        assertEquals("bay-area", data.locations().resolve("san jose").id());
        assertEquals("mlops", data.roles().resolve("Senior data engineer with ML experience").id());
        assertEquals("mlops", data.roles().resolve("ML infrastructure engineer").id());
    }

    @Test
    void missingColumn() throws IOException {
        copy();
        edit("base-salary.csv", "role,level,source,low,high,cite", "role,level,source,lo,high,cite");
        assertEquals(List.of("base-salary.csv:1: header: missing column low; expected columns role,level,source,low,high,cite"),
                errors().stream().filter(e -> e.startsWith("base-salary.csv:1")).toList());
    }

    @Test
    void notANumber() throws IOException {
        copy();
        edit("base-salary.csv", "mlops,mid,glassdoor,132000,175000", "mlops,mid,glassdoor,132k,175000");
        assertTrue(errors().contains("base-salary.csv:6: low: \"132k\" is not a whole number; expected whole US dollars such as 150000"),
                errors().toString());
    }

    @Test
    void lowAboveHigh() throws IOException {
        copy();
        edit("locations.csv", "chicago,Chicago,145000,170000", "chicago,Chicago,175000,170000");
        assertTrue(errors().contains("locations.csv:7: salary_low: 175000 is above salary_high 170000; expected salary_low <= salary_high"),
                errors().toString());
    }

    @Test
    void duplicateKey() throws IOException {
        copy();
        edit("levels.csv", "staff,Staff / Principal,4", "mid,Staff / Principal,4");
        assertTrue(errors().contains("levels.csv:5: id: duplicate id \"mid\", first on line 3; expected each id once"), errors().toString());
    }

    @Test
    void unknownReference() throws IOException {
        copy();
        edit("base-salary.csv", "mlops,senior,ziprecruiter,", "mlops,senior,zip-recruiter,");
        List<String> errors = errors();
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("base-salary.csv:12: source: unknown source \"zip-recruiter\"; expected one of ")),
                errors.toString());
        // Dropping the row leaves that level without the source: reported too.
        assertTrue(errors.contains("base-salary.csv:0: row: missing mlops/senior/ziprecruiter; expected a range from every source at every level"));
    }

    @Test
    void unknownSkillInACombo() throws IOException {
        copy();
        edit("skill-combos.csv", "kubernetes;terraform;llm-deployment", "kubernetes;terraform;llm-serving-x");
        assertTrue(errors().stream().anyMatch(e -> e.startsWith("skill-combos.csv:2: requires: unknown requires \"llm-serving-x\"")));
    }

    @Test
    void missingPolicyAndBadDate() throws IOException {
        copy();
        edit("policy.csv", "markup,25,pct", "markups,25,pct");
        edit("policy.csv", "data-as-of,2026-01-01", "data-as-of,2026-13-01");
        List<String> errors = errors();
        assertTrue(errors.contains("policy.csv:0: key: missing \"markup\"; expected a row for it (unit pct)"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("policy.csv:6: key: \"markups\" is not a policy setting; expected one of ")),
                errors.toString());
        assertTrue(errors.contains("policy.csv:2: value: \"2026-13-01\" is not a date; expected YYYY-MM-DD"), errors.toString());
    }

    @Test
    void aliasUsedTwice() throws IOException {
        copy();
        edit("locations.csv", "chicago;chi,", "chicago;chi;la,");
        assertTrue(errors().stream().anyMatch(e -> e.startsWith("locations.csv:7: aliases: \"la\" already names the row on line 6")),
                errors().toString());
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsLoaded() throws IOException {
        copy();
        edit("base-salary.csv", "mlops,mid,glassdoor,132000,175000", "mlops,mid,glassdoor,abc,175000");
        edit("roles.csv", "devops,DevOps Engineer,115000,155000", "devops,DevOps Engineer,x,155000");
        assertTrue(errors().size() >= 2);
    }

    @Test
    void missingFile() throws IOException {
        copy();
        Files.delete(dir.resolve("skills.csv"));
        assertTrue(errors().stream().anyMatch(e -> e.startsWith("skills.csv:0: file: missing;")), errors().toString());
    }
}
