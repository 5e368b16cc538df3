package com.ratecard.render.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ratecard.data.InputException;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xhtmlrenderer.pdf.FontFamily;

/**
 * The faces that print what a brand's font lacks (CJK, Arabic, Devanagari, Thai...), from
 * {@code templates/fonts/fallback.yaml}: per Unicode script, the families to try in order, found
 * in the listed folders (Debian's {@code fonts-noto-core} and {@code fonts-noto-cjk} by default)
 * or next to the file. A face is read the first time a document needs it (the CJK collection
 * is 20 MB) and then shared by every render and thread; only the glyphs a document uses are
 * embedded (OpenPDF subsets). Where a script's faces are not installed, its characters print as
 * Flying Saucer's "#" and the run warns once per script, naming the package to install.
 */
public final class FallbackFonts {
    /** Where the chain is read from, inside the templates folder. */
    public static final String FILE = "fonts/fallback.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** A collection's face: "NotoSansCJK-Regular.ttc,0". */
    private static final Pattern COLLECTION = Pattern.compile("(?i)\\.ttc(,\\d+)$");

    /**
     * One family of the chain: where its faces are (a path, "file.ttc,N" for face N of a
     * collection; null when not installed) and the package that installs them.
     */
    private record Entry(String family, String regular, String bold, String wanted, String pack) {
        boolean installed() {
            return regular != null;
        }
    }

    private final Map<UnicodeScript, List<Entry>> byScript;
    /** Faces already read, shared by every chain of the process (the proposal's and the rate card's). */
    private static final Map<Entry, Optional<Loaded>> LOADED = new ConcurrentHashMap<>();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private final PrintStream warnings;

    /** A loaded family and the face that answers which characters it has. */
    record Loaded(FontFamily family, com.lowagie.text.pdf.BaseFont regular) {}

    private FallbackFonts(Map<UnicodeScript, List<Entry>> byScript, PrintStream warnings) {
        this.byScript = byScript;
        this.warnings = warnings;
    }

    /** The chain of {@code templates/fonts/fallback.yaml}; none when the file is absent. */
    public static FallbackFonts load(Path templates) {
        return load(templates.resolve(FILE), System.err);
    }

    static FallbackFonts load(Path file, PrintStream warnings) {
        if (!Files.isRegularFile(file)) return new FallbackFonts(Map.of(), warnings);
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new InputException("fonts", file + ": unreadable YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        List<Path> folders = new ArrayList<>();
        folders.add(file.toAbsolutePath().getParent());
        root.path("folders").forEach(f -> folders.add(Path.of(f.asText())));
        Map<UnicodeScript, List<Entry>> byScript = new EnumMap<>(UnicodeScript.class);
        int index = 0;
        for (JsonNode face : root.path("faces")) {
            index++;
            String family = text(file, face, "family", index);
            String regular = text(file, face, "regular", index);
            String bold = face.path("bold").asText(regular);
            String regularAt = find(folders, regular);
            String boldAt = find(folders, bold);
            Entry entry = new Entry(family, regularAt, boldAt == null ? regularAt : boldAt, regular,
                    face.path("package").asText(null));
            if (face.path("scripts").isEmpty()) {
                throw new InputException("fonts", file + ": faces[" + index + "].scripts: missing; expected Unicode script names such as [han, hangul]");
            }
            for (JsonNode name : face.path("scripts")) {
                UnicodeScript script;
                try {
                    script = UnicodeScript.forName(name.asText().strip());
                } catch (IllegalArgumentException e) {
                    throw new InputException("fonts", file + ": faces[" + index + "].scripts: \"" + name.asText()
                            + "\" is not a Unicode script; expected a name such as han, arabic, devanagari");
                }
                byScript.computeIfAbsent(script, s -> new ArrayList<>()).add(entry);
            }
        }
        return new FallbackFonts(byScript, warnings);
    }

    private static String text(Path file, JsonNode face, String field, int index) {
        String value = face.path(field).asText("").strip();
        if (value.isEmpty()) throw new InputException("fonts", file + ": faces[" + index + "]." + field + ": missing; expected a value");
        return value;
    }

    /**
     * {@code name} in the first folder that holds it, keeping a collection's ",N"; null if none
     * does.
     */
    private static String find(List<Path> folders, String name) {
        Matcher collection = COLLECTION.matcher(name);
        boolean inCollection = collection.find();
        String fileName = inCollection ? name.substring(0, collection.start(1)) : name;
        String face = inCollection ? collection.group(1) : "";
        for (Path folder : folders) {
            Path candidate = folder.resolve(fileName);
            if (Files.isRegularFile(candidate)) return candidate.toAbsolutePath() + face;
        }
        return null;
    }

    /**
     * The family that prints code point {@code cp} when the brand's font lacks it: the first
     * installed face for its script that has the glyph. Null when none does (warned once).
     */
    Loaded familyFor(int cp) {
        UnicodeScript script = UnicodeScript.of(cp);
        List<Entry> entries = byScript.getOrDefault(script, List.of());
        for (Entry entry : entries) {
            Optional<Loaded> family = entry.installed() ? LOADED.computeIfAbsent(entry, this::load) : Optional.empty();
            if (family.isPresent() && family.get().regular().charExists(cp)) return family.get();
        }
        warn(script, cp, entries);
        return null;
    }

    private Optional<Loaded> load(Entry entry) {
        try {
            List<FontSet.Face> faces = new ArrayList<>();
            faces.add(new FontSet.Face(entry.family(), entry.regular(), false));
            if (!entry.bold().equals(entry.regular())) faces.add(new FontSet.Face(entry.family(), entry.bold(), false));
            FontFamily family = FontSet.family(entry.family(), faces);
            return Optional.of(new Loaded(family, family.getFontDescriptions().get(0).getFont()));
        } catch (RuntimeException e) {
            if (warned.add("unusable " + entry.family())) {
                warnings.println("ratecard: warning: font " + entry.regular() + " is unusable (" + e.getMessage() + "); "
                        + entry.family() + " characters print as \"#\"");
            }
            return Optional.empty();
        }
    }

    private void warn(UnicodeScript script, int cp, List<Entry> entries) {
        if (!warned.add(script.name())) return;
        String ch = new String(Character.toChars(cp));
        String character = ch + " (U+" + String.format(Locale.ROOT, "%04X", cp) + ", " + script.name().toLowerCase(Locale.ROOT) + ")";
        List<String> packages = entries.stream().map(Entry::pack).filter(p -> p != null && !p.isBlank()).distinct().toList();
        String advice = entries.isEmpty() ? "add a face for this script to " + FILE
                : packages.isEmpty() ? "install " + entries.get(0).wanted() : "install the Debian package " + String.join(" or ", packages)
                + " (README, \"Fonts\")";
        warnings.println("ratecard: warning: no installed font has " + character + "; such characters print as \"#\" in PDFs; "
                + advice);
    }
}
