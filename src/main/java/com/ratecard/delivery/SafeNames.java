package com.ratecard.delivery;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text from inputs (client names, roles) into file and folder names that are safe on every
 * common file system and can never leave the output folder.
 */
public final class SafeNames {
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final int MAX_LENGTH = 80;

    private SafeNames() {}

    /** One path segment: letters and digits (any script) joined by single dashes, lower case, bounded length. */
    public static String segment(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String name = UNSAFE.matcher(decomposed).replaceAll("-").replaceAll("^-+|-+$", "");
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            // Cut on a code point, never inside a surrogate pair.
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)).replaceAll("-+$", "");
        }
        if (name.isEmpty()) name = "unnamed";
        if (RESERVED.contains(name)) name = name + "_";
        return name;
    }

    /** {@code root/relative}, refusing anything that would resolve outside {@code root}. */
    public static Path inside(Path root, String relative) {
        Path base = root.toAbsolutePath().normalize();
        Path resolved = base.resolve(relative).normalize();
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw new IllegalArgumentException("\"" + relative + "\" would be written outside " + base);
        }
        return resolved;
    }
}
