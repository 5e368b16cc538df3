package com.ratecard.render.pdf;

import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandColor;
import com.ratecard.render.brand.Contrast;
import java.util.List;
import java.util.Locale;

/**
 * The brand as the template and CSS see it: name, colours as #RRGGBB, the type family, contact
 * lines and legal text. The tints are the colours mixed with white, for fills that CSS 2.1
 * cannot compute. {@code logo} is the image address the renderer serves the logo under.
 */
public record BrandView(String id, String name, String primary, String primaryTint, String accent, String accentTint,
                        String text, String muted, String fontFamily, String genericFamily, List<String> contact,
                        String legal, String logo) {
    public BrandView {
        contact = List.copyOf(contact);
    }

    public static BrandView of(Brand brand) {
        String family = brand.font().family();
        String generic = family.toLowerCase(Locale.ROOT).contains("serif") && !family.toLowerCase(Locale.ROOT).contains("sans")
                ? "serif" : "sans-serif";
        return new BrandView(brand.id(), brand.name(), brand.primary().hex(), tint(brand.primary(), 0.86),
                brand.accent().hex(), tint(brand.accent(), 0.75), brand.text().hex(), brand.muted().hex(), family,
                generic, brand.contact(), brand.legal(), ProposalImages.AGENCY_LOGO);
    }

    /** The colour moved {@code share} of the way to white. */
    static String tint(BrandColor color, double share) {
        return Contrast.tint(color, share).hex();
    }
}
