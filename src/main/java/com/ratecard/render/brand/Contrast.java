package com.ratecard.render.brand;

/**
 * WCAG 2 contrast between two colours: from 1:1 (same) to 21:1 (black on white). Body text needs
 * at least {@value #TEXT} (level AA), large text and graphics such as bars and markers {@value #GRAPHIC}.
 */
public final class Contrast {
    public static final double TEXT = 4.5;
    public static final double GRAPHIC = 3.0;
    public static final BrandColor WHITE = new BrandColor("#FFFFFF");

    private Contrast() {}

    public static double ratio(BrandColor a, BrandColor b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The ratio as people write it: "4.5:1". */
    public static String describe(double ratio) {
        return String.format(java.util.Locale.ROOT, "%.1f:1", Math.floor(ratio * 10) / 10);
    }

    /** WCAG relative luminance of an sRGB colour. */
    static double luminance(BrandColor color) {
        return 0.2126 * linear(color.red()) + 0.7152 * linear(color.green()) + 0.0722 * linear(color.blue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The colour moved {@code share} of the way to white (the documents' tints). */
    public static BrandColor tint(BrandColor color, double share) {
        return new BrandColor(String.format(java.util.Locale.ROOT, "#%02X%02X%02X", mix(color.red(), share),
                mix(color.green(), share), mix(color.blue(), share)));
    }

    private static int mix(int channel, double share) {
        return (int) Math.round(channel + (255 - channel) * share);
    }
}
