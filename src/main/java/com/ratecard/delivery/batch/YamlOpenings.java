package com.ratecard.delivery.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ratecard.data.InputException;
import com.ratecard.data.OpeningFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Openings from a YAML file holding a list of mappings, each with the fields of an opening file
 * (lists such as skills may be YAML lists). The row number of an opening is the line where its
 * item starts. The file is read as a stream of events: one item at a time is in memory.
 */
public final class YamlOpenings extends FileOpenings {
    /**
     * The file is read as a stream, but SnakeYAML holds a whole value in memory and has no limit per
     * value, only per file: 32 MB (some 100,000 openings; its default, 3 MB, stops near 10,000) bounds
     * both. Batches larger than that belong in CSV or XLSX.
     */
    static final int MAX_CODE_POINTS = 32 * 1024 * 1024;
    /** No opening's field needs a line this long; SnakeYAML's time grows with the square of a line's length. */
    static final int MAX_LINE_CHARS = 100_000;
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().loaderOptions(loaderOptions()).build());

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    public YamlOpenings(Path file) {
        super(file);
    }

    @Override
    public void forEach(Consumer<SourceRow> consumer) {
        try {
            if (java.nio.file.Files.size(file) > MAX_CODE_POINTS) throw tooLarge();
        } catch (IOException e) {
            throw new InputException("openings", name + ": unreadable (" + e.getMessage() + ")");
        }
        try (JsonParser parser = YAML.createParser(new BoundedReader(java.nio.file.Files.newBufferedReader(file,
                java.nio.charset.StandardCharsets.UTF_8), MAX_LINE_CHARS, false))) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                int line = first == null ? 1 : parser.currentTokenLocation().getLineNr();
                throw new InputException("openings", name + ":" + line + ": openings: "
                        + (first == null ? "the file is empty" : "not a list") + "; expected a list of openings, each starting "
                        + "with \"- client: ...\"");
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                int line = parser.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    consumer.accept(new SourceRow(line, new OpeningFields(name), Map.of(), name + ":" + line
                            + ": opening: not a mapping; expected fields such as \"client: Acme\" under \"- \""));
                    continue;
                }
                consumer.accept(item(parser, line));
            }
        } catch (JsonProcessingException e) {
            if (String.valueOf(e.getOriginalMessage()).contains("exceeds the limit")) throw tooLarge();
            BoundedReader.TooLong cut = tooLongCause(e);
            if (cut != null) throw tooLong(cut);
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException("openings", name + ":" + line + ": yaml: "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "; expected a YAML list of openings");
        } catch (BoundedReader.TooLong e) {
            throw tooLong(e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException("openings", name + ": not UTF-8 text; expected a YAML file saved as UTF-8");
        } catch (IOException e) {
            BoundedReader.TooLong cut = tooLongCause(e);
            if (cut != null) throw tooLong(cut);
            throw new InputException("openings", name + ": unreadable (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            BoundedReader.TooLong cut = tooLongCause(e);
            if (cut == null) throw e;
            throw tooLong(cut);
        }
    }

    /** SnakeYAML and Jackson wrap what the reader threw. */
    private static BoundedReader.TooLong tooLongCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof BoundedReader.TooLong tooLong) return tooLong;
        return null;
    }

    private InputException tooLarge() {
        return new InputException("openings", name + ": more than " + MAX_CODE_POINTS / (1024 * 1024) + " MB of YAML; refused"
                + " (use CSV or XLSX for batches this large)");
    }

    private InputException tooLong(BoundedReader.TooLong e) {
        return new InputException("openings", name + ":" + e.line() + ": yaml: a line of more than " + MAX_LINE_CHARS
                + " characters; expected an opening's fields, each at most 10,000 characters");
    }

    /** One mapping, the parser on its START_OBJECT; a bad field makes the row fail, not the file. */
    private SourceRow item(JsonParser parser, int line) throws IOException {
        OpeningFields fields = new OpeningFields(name);
        Map<String, String> raw = new LinkedHashMap<>();
        String problem = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            int at = parser.currentTokenLocation().getLineNr();
            JsonNode value = parser.readValueAsTree();
            String field = OpeningSource.fieldName(key);
            if (!OpeningFields.NAMES.contains(field)) {
                if (problem == null) problem = name + ":" + at + ": " + key.strip() + ": unknown field; expected one of "
                        + String.join(", ", OpeningFields.NAMES);
                continue;
            }
            String text;
            try {
                text = text(value);
            } catch (IllegalArgumentException e) {
                if (problem == null) problem = name + ":" + at + ": " + field + ": " + e.getMessage();
                continue;
            }
            if (text != null && !text.isBlank()) raw.put(field, text.strip());
            fields.set(field, text, at);
        }
        return new SourceRow(line, fields, raw, problem);
    }

    /** Lists become "a; b"; scalars their text; nested mappings are refused. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) return null;
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isValueNode()) throw new IllegalArgumentException("a nested list item; expected plain values");
                items.add(item.asText());
            }
            return String.join("; ", items);
        }
        if (value.isObject()) throw new IllegalArgumentException("a mapping; expected a plain value or a list");
        return value.asText();
    }
}
