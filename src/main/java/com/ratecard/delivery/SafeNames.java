package com.ratecard.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text from inputs (roles, levels, locations) into file names that are safe on every common
 * file system, and resolves paths that can never leave the output folder: not by "..", not by an
 * absolute path, not through a symbolic link inside it. Client folders are {@link ClientIdentity}'s.
 */
public final class SafeNames {
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final int MAX_LENGTH = 80;

    private SafeNames() {}

    /** One path segment: letters and digits (any script) joined by single dashes, lower case, bounded length. */
    public static String segment(String text) {
        return segment(text, MAX_LENGTH);
    }

    /** A segment of at most {@code max} code points (room left for a suffix). */
    public static String segment(String text, int max) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String name = UNSAFE.matcher(decomposed).replaceAll("-").replaceAll("^-+|-+$", "");
        if (name.codePointCount(0, name.length()) > max) {
            // Cut on a code point, never inside a surrogate pair.
            name = name.substring(0, name.offsetByCodePoints(0, max)).replaceAll("-+$", "");
        }
        if (name.isEmpty()) name = "unnamed";
        if (RESERVED.contains(name)) name = name + "_";
        return name;
    }

    /**
     * {@code root/relative}, refusing anything that would resolve outside {@code root} and any
     * symbolic link between them (the root itself may be one: the user chose it).
     */
    public static Path inside(Path root, String relative) {
        Path base = root.toAbsolutePath().normalize();
        Path resolved = base.resolve(relative).normalize();
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw new IllegalArgumentException("\"" + relative + "\" would be written outside " + base);
        }
        Path step = base;
        for (Path part : base.relativize(resolved)) {
            step = step.resolve(part);
            if (Files.isSymbolicLink(step)) {
                throw new IllegalArgumentException(base.relativize(step) + " in " + base + " is a symbolic link; refused (ratecard"
                        + " never reads or writes through a link in its output folder)");
            }
        }
        return resolved;
    }
}
