package com.ratecard.render.brand;

import java.nio.file.Path;

/**
 * The brand's type: a family name, and optionally the brand's own TrueType files (null when the
 * family is one of the bundled Liberation families).
 */
public record BrandFont(String family, Path regular, Path bold) {
    public boolean bundled() {
        return regular == null;
    }
}
