package com.ratecard.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.ratecard.data.InputException;
import com.ratecard.render.brand.BrandFont;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

/**
 * The type faces a proposal may use, all embedded: the bundled Liberation Sans and Serif (regular
 * and bold, from the openpdf-fonts-extra jar on the classpath) and the brand's own TrueType files
 * when it names them, under the brand's family name. Never system fonts. (No monospaced face: a
 * proposal has no use for one, and every face costs start-up time; "monospace" gets Sans.)
 *
 * <p>Reading and parsing a face costs milliseconds, so a set is built once and each render gets
 * a resolver over its families (read-only once built, so threads can share them). The resolver
 * knows no other fonts: Flying Saucer's default PDF base-14 fonts are not embedded and would
 * break PDF/A; CSS's generic names and Flying Saucer's last-resort "Serif" go to Liberation
 * faces instead. Flying Saucer sets a whole text box in one face (the first family of the CSS
 * list it knows), so characters the brand's face lacks are moved into spans naming a
 * {@link FallbackFonts} family before layout ({@link ScriptRuns}); each render's resolver adds
 * the fallback families its document uses.
 */
final class FontSet {
    /** A face file: on the classpath, or a file path (a TrueType collection's face as "file.ttc,N"). */
    record Face(String family, String location, boolean classpath) {}

    private static final List<Face> BUNDLED = List.of(
            new Face("Liberation Sans", "liberation/LiberationSans-Regular.ttf", true),
            new Face("Liberation Sans", "liberation/LiberationSans-Bold.ttf", true),
            new Face("Liberation Serif", "liberation/LiberationSerif-Regular.ttf", true),
            new Face("Liberation Serif", "liberation/LiberationSerif-Bold.ttf", true));

    /** Flying Saucer's names for CSS's generic families, and the faces that stand in for them. */
    private static final Map<String, String> GENERIC = Map.of("Serif", "Liberation Serif", "SansSerif", "Liberation Sans",
            "Monospaced", "Liberation Sans");

    private final Map<String, FontFamily> families;
    private final BaseFont primary;

    private FontSet(Map<String, FontFamily> families, BaseFont primary) {
        this.families = Map.copyOf(families);
        this.primary = primary;
    }

    /** Loads the bundled faces and the brand's own files, if any. */
    static FontSet load(BrandFont brand) {
        // A resolver used only to build the families; it never lays out text.
        ITextFontResolver builder = new Resolver(Map.of());
        for (Face face : BUNDLED) add(builder, face);
        if (!brand.bundled()) {
            add(builder, new Face(brand.family(), brand.regular().toString(), false));
            if (!brand.bold().equals(brand.regular())) add(builder, new Face(brand.family(), brand.bold().toString(), false));
        }
        Map<String, FontFamily> families = new HashMap<>(builder.getFonts());
        GENERIC.forEach((generic, family) -> families.put(generic, families.get(family)));
        BaseFont primary = families.get(brand.family()).match(400, IdentValue.NORMAL).getFont();
        return new FontSet(families, primary);
    }

    /** One family of the given faces (regular and bold), for the fallback chain. */
    static FontFamily family(String family, List<Face> faces) {
        ITextFontResolver builder = new Resolver(Map.of());
        for (Face face : faces) add(builder, face);
        return builder.getFonts().get(family);
    }

    /** The brand's regular face: what text is set in unless a character sends it to a fallback. */
    BaseFont primary() {
        return primary;
    }

    /** A resolver for one render that knows exactly these families. */
    ITextFontResolver resolver() {
        return resolver(List.of());
    }

    /** A resolver for one render that knows these families and the given fallback families. */
    ITextFontResolver resolver(Collection<FontFamily> fallbacks) {
        if (fallbacks.isEmpty()) return new Resolver(families);
        Map<String, FontFamily> all = new HashMap<>(families);
        for (FontFamily family : fallbacks) all.put(family.getName(), family);
        return new Resolver(all);
    }

    /**
     * Flying Saucer's resolver, starting from the given families instead of the base-14 fonts,
     * and remembering its answers: Flying Saucer asks for every box and builds its own cache key
     * with String.format, a tenth of the layout time. One render, one thread: a plain map will do.
     */
    private static final class Resolver extends ITextFontResolver {
        private record Key(List<String> families, float size, IdentValue weight, IdentValue style) {}

        private final Map<String, FontFamily> initial;
        private final Map<Key, FSFont> resolved = new HashMap<>();

        Resolver(Map<String, FontFamily> initial) {
            this.initial = initial;
        }

        @Override
        protected Map<String, FontFamily> loadFonts() {
            return initial;
        }

        @Override
        public FSFont resolveFont(SharedContext context, FontSpecification spec) {
            Key key = new Key(spec.families == null ? List.of() : Arrays.asList(spec.families.clone()), spec.size,
                    spec.fontWeight, spec.fontStyle);
            FSFont font = resolved.get(key);
            if (font == null) {
                font = super.resolveFont(context, spec);
                resolved.put(key, font);
            }
            return font;
        }
    }

    private static void add(ITextFontResolver builder, Face face) {
        try {
            byte[] bytes = read(face);
            // Not OpenPDF's global font cache, which keys by name alone: the set is the cache. A
            // collection's face is named "file.ttc,N"; OpenPDF reads face N of the bytes.
            BaseFont font = BaseFont.createFont(face.location(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            builder.addFont(font, face.location(), face.family());
        } catch (IOException | RuntimeException e) {
            if (face.classpath()) throw new IllegalStateException(face.location() + ": bundled font unusable: " + e.getMessage(), e);
            throw new InputException("font", face.location() + ": not a usable TrueType font (" + e.getMessage()
                    + "); expected a .ttf file for the brand's font");
        }
    }

    private static byte[] read(Face face) throws IOException {
        if (!face.classpath()) return Files.readAllBytes(Path.of(face.location().replaceFirst("(?i)(\\.ttc),\\d+$", "$1")));
        try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(face.location())) {
            if (in == null) throw new IOException("not on the classpath; expected com.github.librepdf:openpdf-fonts-extra");
            return in.readAllBytes();
        }
    }
}
