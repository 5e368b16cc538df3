package com.ratecard.render.brand;

import java.nio.file.Path;
import java.util.List;

/** An agency brand, loaded from {@code templates/brands/<id>/brand.yaml}. */
public record Brand(String id, Path dir, String name, Path logo, BrandColor primary, BrandColor accent,
                    BrandColor text, BrandColor muted, BrandFont font, List<String> contact, String legal,
                    EmailDefaults email) {
    public Brand {
        contact = List.copyOf(contact);
    }
}
