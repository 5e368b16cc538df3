package com.ratecard.cli;

import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandLoader;
import picocli.CommandLine.Option;

/** --brand, shared by the commands that render or send deliverables. */
final class BrandOptions {
    static final String DEFAULT_BRAND = "northbeam";

    @Option(names = "--brand", paramLabel = "ID",
            description = "Brand: a folder under templates/brands/ (default: " + DEFAULT_BRAND + "; send: the brand the batch used).")
    String brand;

    /** The brand given, else the default. */
    String id() {
        return brand != null ? brand : DEFAULT_BRAND;
    }

    /** The brand given, or null to let send take the batch's. */
    String given() {
        return brand;
    }

    Brand load() {
        return new BrandLoader(Home.dir().resolve("templates").resolve("brands")).load(id());
    }
}
