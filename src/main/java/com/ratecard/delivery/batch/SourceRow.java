package com.ratecard.delivery.batch;

import com.ratecard.data.OpeningFields;
import java.util.Map;

/**
 * One opening as read from a batch input: its row number as the user sees it (spreadsheet row, or
 * the YAML item's line), the named fields (for {@link OpeningFields#build}), the raw text of every
 * non-blank cell keyed by field name (for the manifest when the row fails), and a read problem that
 * makes the row unusable before its fields are even looked at (null when there is none).
 */
public record SourceRow(int row, OpeningFields fields, Map<String, String> raw, String problem) {
    public SourceRow {
        raw = Map.copyOf(raw);
    }
}
