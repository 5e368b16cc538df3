package com.ratecard.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ratecard.data.MarketDataLoader;
import com.ratecard.data.Opening;
import com.ratecard.data.Policy;
import com.ratecard.delivery.batch.OpeningSource;
import com.ratecard.delivery.batch.SourceRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped samples/openings.xlsx holds the same openings as samples/openings.csv, read as ratecard reads them. */
class SampleWorkbookTest {
    private static List<Opening> openings(Path file, Policy policy) {
        List<Opening> out = new ArrayList<>();
        OpeningSource.open(file).forEach((SourceRow row) -> {
            assertNull(row.problem(), file + ":" + row.row());
            out.add(row.fields().build(policy));
        });
        return out;
    }

    @Test
    void theWorkbookHoldsTheCsvsOpenings() {
        Policy policy = MarketDataLoader.load(Path.of("data")).policy();
        List<Opening> csv = openings(SampleWorkbook.CSV, policy);
        assertEquals(16, csv.size());
        assertEquals(csv, openings(SampleWorkbook.XLSX, policy),
                "samples/openings.xlsx is out of date: run com.ratecard.samples.SampleWorkbook with the test classpath");
    }

    @Test
    void headersMayBeTitleCase() {
        assertEquals("Contact Name", SampleWorkbook.title("contact_name"));
        assertEquals("Client", SampleWorkbook.title("client"));
    }
}
