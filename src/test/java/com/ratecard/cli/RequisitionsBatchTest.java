package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.Status;
import com.ratecard.delivery.batch.ManifestStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * samples/requisitions.csv: titles, places and skills pasted from an ATS export as account managers
 * find them, run through the batch. Every row the guide can price is priced as the title says;
 * the four it cannot fail alone, each with its reason.
 */
class RequisitionsBatchTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int batch(String... extra) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        List<String> args = new java.util.ArrayList<>(List.of("batch", "samples/requisitions.csv", "--out", dir.resolve("out").toString(),
                "--format", "json", "--force"));
        args.addAll(List.of(extra));
        return cli.execute(args.toArray(String[]::new));
    }

    private Map<Integer, Manifest.Entry> entries() throws java.io.IOException {
        return ManifestStore.read(dir.resolve("out/manifest.json")).entries().stream()
                .collect(Collectors.toMap(Manifest.Entry::row, e -> e));
    }

    @Test
    void pastedTitlesArePricedAsTheySay() throws Exception {
        assertEquals(ExitCodes.PARTIAL_FAILURE, batch());
        assertTrue(out.toString().contains("20 rows: 16 written, 0 unchanged (skipped), 4 failed"), out.toString());
        Map<Integer, Manifest.Entry> rows = entries();
        // row -> role, level, market, file: the seniority comes from the title, the file name from the client's place.
        Object[][] expected = {
                {2, "mlops", "senior", "southern-california", "acme-robotics/mlops-senior-san-diego.json"},
                {3, "mlops", "senior", "southern-california", "acme-robotics/mlops-senior-irvine-ca.json"},
                {4, "mlops", "mid", "remote", "acme-robotics/mlops-mid-remote.json"},
                {5, "mlops", "mid", "austin-denver-boston", "helix-health-analytics/mlops-mid-cambridge-ma.json"},
                {6, "mlops", "staff", "austin-denver-boston", "helix-health-analytics/mlops-staff-boston.json"},
                {7, "mlops", "senior", "austin-denver-boston", "helix-health-analytics/mlops-senior-boulder.json"},
                {8, "data-engineer", "senior", "new-york", "quanta-capital/data-engineer-senior-jersey-city.json"},
                {9, "ml-engineer", "senior", "new-york", "quanta-capital/ml-engineer-senior-new-york-ny.json"},
                {10, "devops", "senior", "seattle", "quanta-capital/devops-senior-seattle-wa.json"},
                {11, "ml-engineer", "mid", "us-national", "quanta-capital/ml-engineer-mid-atlanta.json"},
                {12, "data-engineer", "mid", "us-national", "bluefin-logistics/data-engineer-mid-ohio.json"},
                {13, "devops", "entry", "chicago", "bluefin-logistics/devops-entry-chicago.json"},
                {14, "ml-engineer", "senior", "austin-denver-boston", "bluefin-logistics/ml-engineer-senior-austin-tx.json"},
                {15, "mlops", "staff", "southern-california", "orbital-dynamics/mlops-staff-los-angeles.json"},
                {16, "mlops", "senior", "austin-denver-boston", "orbital-dynamics/mlops-senior-denver.json"},
                {17, "devops", "mid", "us-national", "orbital-dynamics/devops-mid-washington-dc.json"},
        };
        for (Object[] row : expected) {
            Manifest.Entry e = rows.get((Integer) row[0]);
            assertEquals(Status.OK, e.status(), "row " + row[0] + ": " + e.reason());
            assertEquals(row[1], e.quote().roleId(), "row " + row[0]);
            assertEquals(row[2], e.quote().levelId(), "row " + row[0]);
            assertEquals(row[3], e.quote().locationId(), "row " + row[0]);
            assertEquals(row[4], e.files().get(0).path(), "row " + row[0]);
        }
        assertEquals("Priced as MLOps Engineer, Senior, Southern California (your title: Sr. MLOps Engineer, San Diego)",
                rows.get(2).quote().pricedAs());
        assertEquals(List.of("Spark"), rows.get(4).quote().notPricedSkills());
        assertTrue(out.toString().contains("not priced by the guide (listed on their quotes; --strict refuses them): Airflow (1 row), "
                + "Helm (1 row), Kafka (1 row), PyTorch (1 row), Spark (1 row)"), out.toString());

        assertTrue(rows.get(18).reason().startsWith("requisitions.csv:18: location: location \"Toronto\" is outside the US (Canada)"),
                rows.get(18).reason());
        assertTrue(rows.get(19).reason().contains("did you mean \"LLM deployment and fine-tuning\"?"), rows.get(19).reason());
        assertTrue(rows.get(20).reason().contains("contradict each other"), rows.get(20).reason());
        assertTrue(rows.get(21).reason().contains("the guide prices only MLOps Engineer, Data Engineer, ML / AI Engineer and DevOps Engineer"),
                rows.get(21).reason());
    }

    @Test
    void strictFailsTheRowsWithSkillsTheGuideDoesNotPrice() throws Exception {
        assertEquals(ExitCodes.PARTIAL_FAILURE, batch("--strict"));
        assertTrue(out.toString().contains("20 rows: 11 written, 0 unchanged (skipped), 9 failed"), out.toString());
        assertTrue(entries().get(4).reason().contains("skills: skill \"Spark\" is not priced by the guide (--strict)"),
                entries().get(4).reason());
    }
}
