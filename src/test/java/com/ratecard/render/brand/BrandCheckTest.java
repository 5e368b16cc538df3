package com.ratecard.render.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.Fixtures;
import com.ratecard.data.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandCheckTest {
    @TempDir
    Path dir;

    private Brand brand(String colors) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("brands/test"));
        Files.copy(Fixtures.TEMPLATES.resolve("brands/northbeam/logo.png"), folder.resolve("logo.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve("brand.yaml"), """
                name: Test Staffing
                logo: logo.png
                colors:
                %s
                email: {from: Test Staffing <hello@test.example>}
                """.formatted(colors));
        return new BrandLoader(dir.resolve("brands")).load("test");
    }

    @Test
    void contrastIsWcags() {
        assertEquals(21.0, Contrast.ratio(new BrandColor("#000000"), Contrast.WHITE), 1e-9);
        assertEquals(1.0, Contrast.ratio(Contrast.WHITE, Contrast.WHITE), 1e-9);
        assertEquals(2.0, Contrast.ratio(new BrandColor("#F2A900"), Contrast.WHITE), 0.05, "the old northbeam accent");
        assertEquals("4.5:1", Contrast.describe(4.5999));
    }

    @Test
    void theSampleBrandsPassEveryCheck() {
        for (String id : List.of("northbeam", "cedar-slate")) {
            Brand brand = Fixtures.brand(id);
            assertEquals(List.of(), brand.warnings(), id);
            assertTrue(Contrast.ratio(brand.text(), Contrast.WHITE) >= Contrast.TEXT, id);
            assertTrue(Contrast.ratio(brand.accent(), Contrast.WHITE) >= Contrast.GRAPHIC, id);
            // Dark text on an accent fill (the proposal's "requested" column) stays legible too.
            assertTrue(Contrast.ratio(brand.text(), brand.accent()) >= Contrast.TEXT, id);
        }
    }

    @Test
    void aFaintAccentIsAWarning() throws IOException {
        Brand brand = brand("  primary: \"#1F3A5F\"\n  accent: \"#F2A900\"");
        List<BrandWarning> warnings = brand.warnings();
        assertEquals(1, warnings.size());
        assertEquals(BrandWarning.ACCENT_CONTRAST, warnings.get(0).code());
        assertEquals("colors.accent", warnings.get(0).field());
        assertTrue(warnings.get(0).message().contains("2.0:1"), warnings.get(0).message());
    }

    @Test
    void illegibleBodyTextIsRefusedNamingTheLineAndField() throws IOException {
        InputException e = assertThrows(InputException.class, () -> brand("  primary: \"#1F3A5F\"\n  accent: \"#B38000\"\n  text: \"#AAAAAA\""));
        assertTrue(e.getMessage().contains("brand.yaml:6: colors.text:") && e.getMessage().contains("4.5:1"), e.getMessage());
        e = assertThrows(InputException.class, () -> brand("  primary: \"#9FC5E8\"\n  accent: \"#B38000\""));
        assertTrue(e.getMessage().contains("colors.primary") && e.getMessage().contains("white table-header text"), e.getMessage());
    }

    @Test
    void aBrandsLocaleSetsItsDatesAndAnUnknownOneIsRefused() throws IOException {
        assertEquals(java.util.Locale.US, Fixtures.brand("northbeam").locale());
        Brand british = brand("  primary: \"#1F3A5F\"\n  accent: \"#B38000\"\nlocale: en-GB");
        assertEquals("29 November 2026", com.ratecard.render.DocumentFormat.of(british.locale()).date(Fixtures.ISSUED));
        InputException e = assertThrows(InputException.class, () -> brand("  primary: \"#1F3A5F\"\n  accent: \"#B38000\"\nlocale: xx-Nowhere"));
        assertTrue(e.getMessage().contains("brand.yaml:6: locale:"), e.getMessage());
    }

    @Test
    void anAccountManagerFromAnotherDomainIsAWarning() {
        Brand cedar = Fixtures.brand("cedar-slate");
        BrandWarning w = BrandCheck.accountManager(cedar, "Priya Natarajan", "priya@northbeam.example").orElseThrow();
        assertEquals(BrandWarning.ACCOUNT_MANAGER_DOMAIN, w.code());
        assertTrue(w.message().contains("northbeam.example") && w.message().contains("cedarslate.example"), w.message());
        Brand northbeam = Fixtures.brand("northbeam");
        assertTrue(BrandCheck.accountManager(northbeam, "Priya", "Priya@NorthBeam.example").isEmpty());
        assertTrue(BrandCheck.accountManager(northbeam, "Priya", "priya@sd.northbeam.example").isEmpty(), "a subdomain is the brand's");
        assertTrue(BrandCheck.accountManager(northbeam, "Priya", null).isEmpty());
        assertEquals("cedarslate.example", BrandCheck.domain("Cedar & Slate <deliverables@cedarslate.example>"));
    }
}
