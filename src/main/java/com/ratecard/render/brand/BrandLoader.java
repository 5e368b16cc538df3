package com.ratecard.render.brand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ratecard.data.InputException;
import com.ratecard.render.ImageFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a brand folder and checks it: required fields, colours, that the logo and any font files
 * exist inside the folder and are what they claim to be. Errors name brand.yaml's line and field.
 */
public final class BrandLoader {
    public static final Set<String> BUNDLED_FAMILIES = Set.of("Liberation Sans", "Liberation Serif");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path brandsDir;

    /** @param brandsDir the folder holding one folder per brand (templates/brands) */
    public BrandLoader(Path brandsDir) {
        this.brandsDir = brandsDir;
    }

    public List<String> ids() {
        try (Stream<Path> dirs = Files.list(brandsDir)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("brand.yaml"))).map(d -> d.getFileName().toString())
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public Brand load(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InputException("brand", "brand: \"" + id + "\" is not a brand id; expected lower-case letters, digits and dashes");
        }
        Path dir = brandsDir.resolve(id);
        Path file = dir.resolve("brand.yaml");
        if (!Files.isRegularFile(file)) {
            throw new InputException("brand", "brand: unknown brand \"" + id + "\"; expected one of " + String.join(", ", ids())
                    + " (a folder " + brandsDir + "/<id>/ with brand.yaml)");
        }
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode root = YAML.readTree(yaml);
            if (root == null || !root.isObject()) throw new Fields(file, yaml).error("brand", "not a mapping; expected brand fields");
            return new Fields(file, yaml).brand(id, dir, root);
        } catch (IOException e) {
            throw new InputException("brand", file + ": unreadable YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** Field access with file:line: field: errors. */
    private static final class Fields {
        private final Path file;
        private final String[] lines;

        Fields(Path file, String yaml) {
            this.file = file;
            this.lines = yaml.split("\n", -1);
        }

        Brand brand(String id, Path dir, JsonNode root) {
            String name = required(root, "name");
            Path logo = asset(dir, required(root, "logo"), "logo", "a PNG or JPEG file in the brand folder");
            checkImage(logo);
            JsonNode colors = root.path("colors");
            BrandColor primary = color(colors, "primary", null);
            BrandColor accent = color(colors, "accent", null);
            BrandColor text = color(colors, "text", "#1A1A1A");
            BrandColor muted = color(colors, "muted", "#595959");
            for (String[] problem : BrandCheck.textProblems(primary, text, muted)) throw error(problem[0], problem[1]);
            BrandFont font = font(dir, root.path("font"));
            List<String> contact = list(root, "contact");
            String legal = root.path("legal").asText("");
            JsonNode email = root.path("email");
            String from = required(email, "from", "email.from");
            JsonNode replyTo = email.path("reply_to");
            EmailDefaults mail = new EmailDefaults(from, replyTo.isValueNode() && !replyTo.isNull() ? replyTo.asText().strip() : null,
                    list(email, "cc"), list(email, "bcc"), email.path("signature").asText(""));
            return new Brand(id, dir, name, logo, primary, accent, text, muted, font, contact, legal, mail, locale(root));
        }

        /** {@code locale: en-GB}: a language tag of a locale Java knows; default en-US. */
        private java.util.Locale locale(JsonNode root) {
            JsonNode value = root.path("locale");
            if (value.isMissingNode() || value.isNull()) return java.util.Locale.US;
            String tag = value.asText().strip();
            java.util.Locale locale = java.util.Locale.forLanguageTag(tag);
            if (locale.getLanguage().isEmpty() || !java.util.Arrays.asList(java.util.Locale.getAvailableLocales()).contains(locale)) {
                throw error("locale", "\"" + tag + "\" is not a known locale; expected a language tag such as en-US or en-GB");
            }
            return locale;
        }

        private String required(JsonNode node, String field) {
            return required(node, field, field);
        }

        private String required(JsonNode node, String field, String path) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
                throw error(path, "missing; expected a value");
            }
            if (!value.isValueNode()) throw error(path, "not a plain value; expected text");
            return value.asText().strip();
        }

        private List<String> list(JsonNode node, String field) {
            JsonNode value = node.path(field);
            List<String> out = new ArrayList<>();
            if (value.isMissingNode() || value.isNull()) return out;
            if (value.isValueNode()) {
                out.add(value.asText());
                return out;
            }
            for (JsonNode item : value) if (item.isValueNode() && !item.isNull()) out.add(item.asText().strip());
            return out;
        }

        private BrandColor color(JsonNode colors, String field, String fallback) {
            JsonNode value = colors.path(field);
            if (value.isMissingNode() || value.isNull()) {
                if (fallback == null) throw error("colors." + field, "missing; expected a colour such as \"#1F3A5F\"");
                return new BrandColor(fallback);
            }
            try {
                return new BrandColor(value.asText().strip());
            } catch (IllegalArgumentException e) {
                throw error("colors." + field, e.getMessage());
            }
        }

        private BrandFont font(Path dir, JsonNode font) {
            String family = font.path("family").asText("Liberation Sans").strip();
            boolean ownFiles = !font.path("regular").isMissingNode();
            if (!ownFiles) {
                if (!BUNDLED_FAMILIES.contains(family)) {
                    throw error("font.family", "\"" + family + "\" is not bundled; expected one of "
                            + String.join(", ", BUNDLED_FAMILIES.stream().sorted().toList())
                            + ", or give font.regular and font.bold TTF files in the brand folder");
                }
                return new BrandFont(family, null, null);
            }
            Path regular = asset(dir, font.path("regular").asText(), "font.regular", "a .ttf file in the brand folder");
            Path bold = asset(dir, font.path("bold").asText(font.path("regular").asText()), "font.bold", "a .ttf file in the brand folder");
            for (Path ttf : List.of(regular, bold)) {
                if (!ttf.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")) {
                    throw error(ttf == regular ? "font.regular" : "font.bold", ttf.getFileName() + " is not a .ttf file; expected a TrueType font");
                }
            }
            return new BrandFont(family, regular, bold);
        }

        /** A file named in brand.yaml: must stay inside the brand folder and exist. */
        private Path asset(Path dir, String name, String field, String expected) {
            Path base = dir.toAbsolutePath().normalize();
            Path path = base.resolve(name).normalize();
            if (!path.startsWith(base)) throw error(field, "\"" + name + "\" points outside the brand folder; expected " + expected);
            if (!Files.isRegularFile(path)) throw error(field, "\"" + name + "\" not found in " + dir + "; expected " + expected);
            return path;
        }

        /** Bounded before anything decodes it: see {@link ImageFile}. */
        private void checkImage(Path logo) {
            try {
                ImageFile.check(logo);
            } catch (ImageFile.Problem e) {
                throw error("logo", logo.getFileName() + " " + e.getMessage());
            } catch (IOException e) {
                throw error("logo", "unreadable (" + e.getMessage() + ")");
            }
        }

        /** The line where the last segment of a dotted field is written (0 when absent). */
        private int lineOf(String path) {
            String key = path.substring(path.lastIndexOf('.') + 1);
            Pattern pattern = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*:");
            for (int i = 0; i < lines.length; i++) if (pattern.matcher(lines[i]).find()) return i + 1;
            return 0;
        }

        InputException error(String field, String problem) {
            return InputException.at(file.toString(), lineOf(field), field, problem);
        }
    }
}
