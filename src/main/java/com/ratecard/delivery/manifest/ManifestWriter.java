package com.ratecard.delivery.manifest;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes {@code manifest.json} as a stream: the header, then each entry as it is handed over, then
 * the clients, summary, stale files, totals and warnings. Entries never need to be in memory together, so a
 * batch of any length writes its manifest in a fixed amount of memory.
 */
public final class ManifestWriter {
    private ManifestWriter() {}

    /** Writes {@code manifest} with its entries. */
    public static void write(OutputStream out, Manifest manifest) throws IOException {
        write(out, manifest, manifest.entries());
    }

    /** Writes the fields of {@code manifest}, but takes the entries from {@code entries} (read lazily, in order). */
    public static void write(OutputStream out, Manifest manifest, Iterable<Manifest.Entry> entries) throws IOException {
        try (JsonGenerator json = ManifestJson.MAPPER.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", manifest.version());
            json.writeStringField("generatedAt", manifest.generatedAt());
            json.writeStringField("input", manifest.input());
            json.writeStringField("inputPath", manifest.inputPath());
            json.writeStringField("brand", manifest.brand());
            json.writeObjectField("formats", manifest.formats());
            json.writeStringField("fingerprint", manifest.fingerprint());
            json.writeArrayFieldStart("entries");
            for (Manifest.Entry entry : entries) json.writeObject(entry);
            json.writeEndArray();
            json.writeObjectField("clients", manifest.clients());
            json.writeObjectField("summary", manifest.summary());
            json.writeObjectField("stale", manifest.stale());
            json.writeObjectField("totals", manifest.totals());
            json.writeObjectField("warnings", manifest.warnings());
            json.writeEndObject();
        }
    }
}
