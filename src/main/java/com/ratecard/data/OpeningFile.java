package com.ratecard.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an opening YAML file (a flat mapping of the fields in {@link OpeningFields#NAMES}). */
public final class OpeningFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OpeningFile() {}

    public static OpeningFields read(Path path) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) throw new InputException("opening", name + ": no such file; expected an opening YAML file");
        OpeningFields fields = new OpeningFields(name);
        try (JsonParser parser = YAML.createParser(path.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException("opening", name + ":1: opening: not a mapping; expected lines such as \"client: Acme\"");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode value = parser.readValueAsTree();
                fields.set(field, text(value, name, line, field), line);
            }
            return fields;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException("opening", name + ":" + line + ": yaml: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + "; expected a YAML mapping of opening fields");
        } catch (IOException e) {
            throw new InputException("opening", name + ": unreadable (" + e.getMessage() + ")");
        }
    }

    /** Lists become "a; b"; scalars their text; nested mappings are refused. */
    private static String text(JsonNode value, String file, int line, String field) {
        if (value == null || value.isNull()) return null;
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isValueNode()) throw InputException.at(file, line, field, "a nested list item; expected plain values");
                items.add(item.asText());
            }
            return String.join("; ", items);
        }
        if (value.isObject()) throw InputException.at(file, line, field, "a mapping; expected a plain value or a list");
        return value.asText();
    }
}
