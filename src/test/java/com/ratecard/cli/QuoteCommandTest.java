package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `ratecard quote` and the listing commands, run as a user would through execute(). */
class QuoteCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theIssuesExampleCommand() {
        Run run = run("quote", "--client", "Acme Robotics", "--role", "ML Platform Engineer", "--level", "senior",
                "--location", "San Diego", "--skill", "LLM deployment", "--skill", "Kubernetes", "--clearance",
                "--engagement", "direct-hire", "--budget", "165000");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Acme Robotics: Senior, MLOps Engineer, Southern California"), run.out());
        assertTrue(run.out().contains("Recommended base"), run.out());
        assertTrue(run.out().contains("BUDGET $165,000: BELOW FLOOR"), run.out());
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        Run run = run("quote", "--opening", "samples/acme-senior-mlops-san-diego.yaml", "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("MLOps Engineer", json.get("role").asText());
        assertEquals("senior", json.get("level").asText());
        assertTrue(json.get("location").asText().startsWith("Southern California"));
        assertEquals(155_750, json.at("/market/blended/low").asLong());
        assertEquals(4, json.at("/market/sources").size());
        assertTrue(json.at("/recommendedBase/low").asLong() <= json.at("/recommendedBase/high").asLong());
        assertTrue(json.at("/totalComp/high").asLong() > 0);
        assertTrue(json.at("/contract/payRate/low").asDouble() > 0);
        assertTrue(json.at("/contract/billRate/high").asDouble() > json.at("/contract/payRate/high").asDouble());
        assertEquals("below floor", json.at("/budget/verdict").asText());
        assertTrue(json.at("/budget/gap").asLong() > 0);
        assertTrue(json.at("/budget/percentile").isInt());
        assertTrue(json.get("explanation").size() > 10);
    }

    @Test
    void optionsOverrideTheOpeningFile() throws Exception {
        Run run = run("quote", "--opening", "samples/acme-senior-mlops-san-diego.yaml", "--level", "mid", "--format", "json");
        assertEquals(0, run.code(), run.err());
        assertEquals("mid", new ObjectMapper().readTree(run.out()).get("level").asText());
    }

    @Test
    void unknownNamesExitTwoWithSuggestions() {
        Run role = run("quote", "--client", "A", "--role", "MLOps Enginer", "--level", "senior", "--location", "Chicago");
        assertEquals(2, role.code());
        assertEquals("ratecard: unknown role \"MLOps Enginer\"; did you mean \"MLOps Engineer\"?\n", role.err());
        Run level = run("quote", "--client", "A", "--role", "MLOps", "--level", "senoir", "--location", "Chicago");
        assertEquals(2, level.code());
        assertTrue(level.err().contains("did you mean \"senior\"?"), level.err());
        Run location = run("quote", "--client", "A", "--role", "MLOps", "--level", "senior", "--location", "Seatle");
        assertEquals(2, location.code());
        assertTrue(location.err().contains("did you mean \"Seattle\"?"), location.err());
        Run skill = run("quote", "--client", "A", "--role", "MLOps", "--level", "senior", "--location", "Chicago", "--skill", "Kubernets");
        assertEquals(2, skill.code());
        assertTrue(skill.err().contains("did you mean \"Kubernetes\"?"), skill.err());
    }

    @Test
    void malformedYamlIsOneClearLine() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "client: Acme\nrole: [MLOps\nlevel: senior\n");
        Run run = run("quote", "--opening", file.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("ratecard: " + file + ":"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void badFieldsInAFileNameTheLine() throws Exception {
        Path file = dir.resolve("opening.yaml");
        Files.writeString(file, "client: Acme\nrole: MLOps\nlevel: senior\nlocation: Chicago\nbudget: lots\n");
        Run run = run("quote", "--opening", file.toString());
        assertEquals(2, run.code());
        assertEquals("ratecard: " + file + ":5: budget: \"lots\" is not an amount; expected annual dollars such as 165000, $165,000 or 165K (or an hourly rate such as $110/h)\n", run.err());
    }

    @Test
    void negativeAndAbsurdBudgets() {
        Run negative = run("quote", "--client", "A", "--role", "MLOps", "--level", "mid", "--location", "Chicago", "--budget=-5000");
        assertEquals(2, negative.code());
        assertTrue(negative.err().contains("budget: -5000 is negative"), negative.err());
        Run absurd = run("quote", "--client", "A", "--role", "MLOps", "--level", "mid", "--location", "Chicago", "--budget", "90000000");
        assertEquals(2, absurd.code());
        assertTrue(absurd.err().contains("is not a credible annual base salary"), absurd.err());
    }

    @Test
    void contradictoryOptions() {
        Run remote = run("quote", "--client", "A", "--role", "MLOps", "--level", "mid", "--location", "Chicago", "--remote");
        assertEquals(2, remote.code());
        assertTrue(remote.err().contains("remote is yes but location is \"Chicago\""), remote.err());
        Run years = run("quote", "--client", "A", "--role", "MLOps", "--level", "staff", "--years", "2", "--location", "Chicago");
        assertEquals(2, years.code());
        assertTrue(years.err().contains("contradict"), years.err());
    }

    @Test
    void aQuickPriceNeedsNoClient() {
        Run run = run("quote", "--role", "MLOps", "--level", "mid", "--location", "Chicago");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Mid-Level, MLOps Engineer, Chicago\n"), run.out());
        Run json = run("quote", "--role", "MLOps", "--level", "mid", "--location", "Chicago", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"client\" : null"), json.out());
    }

    @Test
    void missingFieldsAreNamed() {
        Run run = run("quote", "--role", "MLOps", "--level", "mid");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("ratecard: options: location: missing"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void documentsNeedAClient() {
        Run run = run("generate", "--role", "MLOps", "--level", "mid", "--location", "Chicago", "--out", dir.toString());
        assertEquals(2, run.code());
        assertEquals("ratecard: options: client: missing; expected the client's name (documents are made out to a client)\n", run.err());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void verboseShowsTheStackTrace() {
        Run run = run("quote", "--client", "A", "--role", "Nope", "--level", "mid", "--location", "Chicago", "--verbose");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void dataErrorsHaveTheirOwnExitCode() throws Exception {
        Files.writeString(dir.resolve("sources.csv"), "id,name\n");
        Run run = run("quote", "--data", dir.toString(), "--client", "A", "--role", "MLOps", "--level", "mid", "--location", "Chicago");
        assertEquals(3, run.code());
        assertTrue(run.err().contains("sources.csv:1: header: missing column weight"), run.err());
        assertEquals(3, run("data", "check", "--data", dir.toString()).code());
    }

    @Test
    void dataCheckPassesOnTheBundledData() {
        Run run = run("data", "check");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("OK (4 sources, 4 levels, 16 source ranges"), run.out());
    }

    @Test
    void listings() {
        assertTrue(run("roles").out().contains("ml platform engineer"));
        String locations = run("locations").out();
        assertTrue(locations.contains("Southern California") && locations.contains("orange county") && locations.contains("\u221226%..\u221210%"), locations);
        String skills = run("skills").out();
        assertTrue(skills.contains("LLM deployment and fine-tuning") && skills.contains("table-stakes") && skills.contains("certification"));
    }

    @Test
    void versionAndHelp() {
        assertTrue(run("--version").out().startsWith("ratecard "));
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("quote") && help.out().contains("Exit codes"));
    }
}
