package com.ratecard.render.brand;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An agency brand, loaded from {@code templates/brands/<id>/brand.yaml}. {@code locale} sets how
 * its documents write dates (default en-US).
 */
public record Brand(String id, Path dir, String name, Path logo, BrandColor primary, BrandColor accent,
                    BrandColor text, BrandColor muted, BrandFont font, List<String> contact, String legal,
                    EmailDefaults email, Locale locale) {
    public Brand {
        contact = List.copyOf(contact);
        if (locale == null) locale = Locale.US;
    }

    /** What to look at in this brand before clients see its documents ({@link BrandCheck}). */
    public List<BrandWarning> warnings() {
        return BrandCheck.warnings(this);
    }
}
