package com.ratecard.render.brand;

import java.util.Locale;
import java.util.regex.Pattern;

/** A colour written as #RRGGBB. */
public record BrandColor(String hex) {
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    public BrandColor {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("\"" + hex + "\" is not a colour; expected #RRGGBB such as #1F3A5F");
        }
        hex = hex.toUpperCase(Locale.ROOT);
    }

    public int red() {
        return Integer.parseInt(hex.substring(1, 3), 16);
    }

    public int green() {
        return Integer.parseInt(hex.substring(3, 5), 16);
    }

    public int blue() {
        return Integer.parseInt(hex.substring(5, 7), 16);
    }

    /** RRGGBB without the hash (as POI and some APIs want it). */
    public String rgb() {
        return hex.substring(1);
    }

    public byte[] bytes() {
        return new byte[] {(byte) red(), (byte) green(), (byte) blue()};
    }
}
