package com.ratecard.delivery;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which rows are the same client, and the one folder (zip, rate card, message) each client gets.
 *
 * <p>Two rows are the same client when their {@code client_id} cells are equal, or, for rows
 * without one, when their names are equal after Unicode NFKC normalisation, case folding, removing
 * invisible format characters and collapsing white space: "Acme Robotics", "ACME  Robotics" and
 * "Ａｃｍｅ Robotics" are one client; "C++ Labs" and "C Labs" are two. A row with a client id is
 * never the same client as a row without one.
 *
 * <p>The folder is the name itself ({@code acme-robotics}) only when the name is nothing but
 * letters, digits and single spaces, so that the folder spells the identity exactly; any other
 * name (punctuation, dots, an over-long or reserved name, a name with no letters at all) and every
 * client with an id gets a slug of its name plus {@code _} and ten characters of the SHA-256 of its
 * identity ({@code c-labs_4kq9m2x7ad}, {@code client_8f3k2m9q1x}). Plain folders have no {@code _}, so
 * the two kinds never meet; distinct identities share a hashed folder only if SHA-256 collides in
 * 50 bits, and a batch checks even that.
 */
public record ClientIdentity(String id, String name, String folder) {
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}]");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+( [\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    /** Names no client folder may have: Windows devices, and the folders ratecard itself keeps in the output folder. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5",
            "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "outbox");
    private static final int PLAIN_MAX = 64;
    private static final int SLUG_MAX = 48;
    private static final String BASE32 = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final int HASH_CHARS = 10;

    /** @param clientId the row's client_id, or null */
    public static ClientIdentity of(String name, String clientId) {
        String display = name == null ? "" : name.strip();
        boolean explicit = clientId != null && !normalize(clientId).isEmpty();
        String key = explicit ? normalize(clientId) : normalize(display);
        String id = (explicit ? "id:" : "name:") + key;
        return new ClientIdentity(id, display, folder(display, key, explicit, id));
    }

    /** The text two names are compared by: NFKC, case-folded, no invisible characters, single spaces. */
    public static String normalize(String text) {
        if (text == null) return "";
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // upper then lower folds the cases toLowerCase alone misses (ß and SS, final sigma).
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = SPACES.matcher(s).replaceAll(" ");
        return SPACES.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }

    private static String folder(String display, String key, boolean explicit, String id) {
        if (!explicit && PLAIN.matcher(key).matches() && key.codePointCount(0, key.length()) <= PLAIN_MAX
                && !RESERVED.contains(key)) {
            return key.replace(' ', '-');
        }
        String slug = NOT_NAME.matcher(normalize(display)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.codePointCount(0, slug.length()) > SLUG_MAX) {
            slug = slug.substring(0, slug.offsetByCodePoints(0, SLUG_MAX)).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "client" : slug) + "_" + hash(id);
    }

    /** Ten base-32 characters (50 bits) of the SHA-256 of the identity. */
    private static String hash(String id) {
        byte[] digest = AtomicFiles.sha256().digest(id.getBytes(StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder(HASH_CHARS);
        long bits = 0;
        for (int i = 0; i < 8; i++) bits = (bits << 8) | (digest[i] & 0xFF);
        for (int i = 0; i < HASH_CHARS; i++) out.append(BASE32.charAt((int) ((bits >>> (59 - 5 * i)) & 31)));
        return out.toString();
    }
}
