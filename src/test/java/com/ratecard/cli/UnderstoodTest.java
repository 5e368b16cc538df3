package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `quote` and `generate` say what they understood, as a user runs them; --strict refuses what the guide does not price. */
class UnderstoodTest {
    @TempDir
    Path dir;

    private static QuoteCommandTest.Run run(String... args) {
        return QuoteCommandTest.run(args);
    }

    @Test
    void theQuoteShowsTheInputBesideWhatItWasPricedAs() {
        QuoteCommandTest.Run run = run("quote", "--client", "Acme Robotics", "--role", "Sr. ML Platform Engineer",
                "--location", "San Diego", "--skill", "vLLM", "--skill", "Spark");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Priced as MLOps Engineer, Senior, Southern California (your title: Sr. ML Platform Engineer, San Diego)"),
                run.out());
        assertTrue(run.out().contains("level     \"Sr.\" -> Senior  (level Senior from the title's \"Sr.\")"), run.out());
        assertTrue(run.out().contains("skill     \"vLLM\" -> LLM deployment and fine-tuning"), run.out());
        assertTrue(run.out().contains("skill     \"Spark\" -> not priced by the guide"), run.out());
        assertTrue(run.out().contains("Not priced by the guide: Spark"), run.out());
    }

    @Test
    void theJsonHasAnUnderstoodObjectAndKeepsItsKeys() throws Exception {
        QuoteCommandTest.Run run = run("quote", "--client", "A", "--role", "Senior MLOps Engineer", "--location", "Jersey City",
                "--skill", "GPUs", "--skill", "Helm", "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        for (String key : new String[] {"role", "roleId", "level", "levelName", "location", "locationId", "skills", "market",
                "adjustments", "recommendedBase", "totalComp", "contract", "fees", "explanation"}) {
            assertTrue(json.has(key), key);
        }
        assertEquals("new-york", json.get("locationId").asText());
        assertEquals("Priced as MLOps Engineer, Senior, New York City (your title: Senior MLOps Engineer, Jersey City)",
                json.get("pricedAs").asText());
        JsonNode u = json.get("understood");
        assertEquals("Senior MLOps Engineer", u.at("/title/typed").asText());
        assertEquals("mlops", u.at("/title/id").asText());
        assertEquals("Senior", u.at("/level/typed").asText());
        assertEquals("Jersey City", u.at("/location/typed").asText());
        assertTrue(u.at("/location/note").asText().contains("New York City market"), u.toString());
        assertEquals("gpu-cluster", u.at("/skills/0/id").asText());
        assertTrue(u.at("/skills/0/priced").asBoolean());
        assertFalse(u.at("/skills/1/priced").asBoolean());
        assertEquals("Helm", u.at("/notPricedByGuide/0").asText());
    }

    @Test
    void strictRefusesASkillTheGuideDoesNotPrice() {
        QuoteCommandTest.Run run = run("quote", "--client", "A", "--role", "MLOps Engineer", "--level", "mid", "--location",
                "Chicago", "--skill", "Spark", "--strict");
        assertEquals(2, run.code());
        assertEquals("ratecard: skill \"Spark\" is not priced by the guide (--strict); expected skills the guide names "
                + "(ratecard skills lists them), or no --strict to list it as not priced\n", run.err());
        assertEquals(0, run("quote", "--client", "A", "--role", "MLOps Engineer", "--level", "mid", "--location", "Chicago",
                "--skill", "k8s", "--strict").code());
    }

    @Test
    void theIssuesLevelAndPlaceErrorsAreClear() {
        QuoteCommandTest.Run entry = run("quote", "--client", "A", "--role", "MLOps Engineer", "--level", "entry", "--years", "7",
                "--location", "Chicago");
        assertEquals(2, entry.code());
        assertTrue(entry.err().contains("level \"entry\" (Entry-Level, 0–2 yrs) and 7 years (Senior, 5–8 yrs) contradict each other"),
                entry.err());
        QuoteCommandTest.Run london = run("quote", "--client", "A", "--role", "MLOps Engineer", "--level", "mid", "--location", "London");
        assertEquals(2, london.code());
        assertTrue(london.err().contains("the guide covers the US only"), london.err());
        assertEquals(0, run("quote", "--client", "A", "--role", "MLOps Engineer", "--level", "mid", "--years", "5",
                "--location", "Chicago").code());
        assertEquals(0, run("quote", "--client", "A", "--role", "MLOps Engineer", "--level", "senior", "--years", "8",
                "--location", "Chicago").code());
    }

    @Test
    void generateNamesTheFilesInTheClientsWords() throws Exception {
        Path out = dir.resolve("out");
        QuoteCommandTest.Run run = run("generate", "--client", "Acme Robotics", "--role", "Sr. ML Platform Engineer",
                "--location", "San Diego", "--out", out.toString(), "--format", "xlsx");
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.exists(out.resolve("acme-robotics/mlops-senior-san-diego.xlsx")), run.out());
        QuoteCommandTest.Run strict = run("generate", "--client", "Acme Robotics", "--role", "MLOps Engineer", "--level", "mid",
                "--location", "Chicago", "--skill", "Spark", "--strict", "--out", out.toString(), "--format", "xlsx");
        assertEquals(2, strict.code());
        assertFalse(Files.exists(out.resolve("acme-robotics/mlops-mid-chicago.xlsx")), "nothing written");
    }

    @Test
    void hybridAndRemoteWordsInTheLocation() throws Exception {
        QuoteCommandTest.Run hybrid = run("quote", "--client", "A", "--role", "MLOps Engineer", "--level", "mid", "--location",
                "Hybrid - Boston", "--format", "json");
        assertEquals(0, hybrid.code(), hybrid.err());
        JsonNode json = new ObjectMapper().readTree(hybrid.out());
        assertEquals("hybrid", json.get("workArrangement").asText());
        assertEquals("austin-denver-boston", json.get("locationId").asText());
        QuoteCommandTest.Run remote = run("quote", "--client", "A", "--role", "MLOps Engineer", "--level", "mid", "--location",
                "Remote - US", "--format", "json");
        assertEquals(0, remote.code(), remote.err());
        assertEquals("remote", new ObjectMapper().readTree(remote.out()).get("locationId").asText());
        QuoteCommandTest.Run clash = run("quote", "--client", "A", "--role", "MLOps Engineer", "--level", "mid", "--location",
                "Hybrid - Boston", "--work-arrangement", "onsite");
        assertEquals(2, clash.code());
        assertTrue(clash.err().contains("(hybrid) but work_arrangement is onsite"), clash.err());
    }
}
