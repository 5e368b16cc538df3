package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.data.InputException;
import com.ratecard.render.brand.BrandFont;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.ITextFontResolver;

class FontSetTest {
    @TempDir
    Path dir;

    static final BrandFont SANS = new BrandFont("Liberation Sans", null, null);

    @Test
    void aResolverKnowsOnlyEmbeddedBundledFacesUnderTheirAndTheGenericNames() {
        assertTrue(new ITextFontResolver().getFonts().containsKey("Helvetica"), "Flying Saucer's default has the base-14 fonts");
        ITextFontResolver resolver = FontSet.load(SANS).resolver();
        assertEquals(Set.of("Liberation Sans", "Liberation Serif", "Serif", "SansSerif", "Monospaced"),
                resolver.getFonts().keySet());
        assertSame(resolver.getFonts().get("Liberation Serif"), resolver.getFonts().get("Serif"));
        assertSame(resolver.getFonts().get("Liberation Sans"), resolver.getFonts().get("SansSerif"));
        resolver.getFonts().values().forEach(family -> {
            assertEquals(2, family.getFontDescriptions().size(), family.getName() + ": regular and bold");
            for (FontDescription face : family.getFontDescriptions()) assertTrue(face.getFont().isEmbedded(), family.getName());
        });
    }

    @Test
    void aBrandsOwnFilesJoinUnderTheBrandsFamilyName() throws IOException {
        Path regular = copy("liberation/LiberationMono-Regular.ttf", "Brand-Regular.ttf");
        Path bold = copy("liberation/LiberationMono-Bold.ttf", "Brand-Bold.ttf");
        ITextFontResolver resolver = FontSet.load(new BrandFont("Acme Grotesk", regular, bold)).resolver();
        assertEquals(2, resolver.getFonts().get("Acme Grotesk").getFontDescriptions().size());
    }

    @Test
    void aBrokenBrandFontIsTheBrandsInputError() throws IOException {
        Path bogus = Files.writeString(dir.resolve("Broken.ttf"), "not a font");
        InputException e = assertThrows(InputException.class, () -> FontSet.load(new BrandFont("Broken", bogus, bogus)));
        assertTrue(e.getMessage().startsWith(bogus.toString()), e.getMessage());
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
