package com.ratecard.cli;

import com.ratecard.data.InputException;
import com.ratecard.render.ImageFile;
import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --brand and --client-logo, shared by the commands that render deliverables. */
final class BrandOptions {
    static final String DEFAULT_BRAND = "northbeam";

    @Option(names = "--brand", paramLabel = "ID", description = "Brand folder under templates/brands (default: ${DEFAULT-VALUE}).")
    String brand = DEFAULT_BRAND;
    @Option(names = "--client-logo", paramLabel = "FILE", description = "PNG or JPEG logo to co-brand the cover.")
    Path clientLogo;

    Brand load() {
        return new BrandLoader(Home.dir().resolve("templates").resolve("brands")).load(brand);
    }

    /** The client logo checked to exist and be a complete PNG or JPEG of bounded size, or null. */
    Path clientLogo() {
        if (clientLogo == null) return null;
        if (!Files.isRegularFile(clientLogo)) {
            throw new InputException("client-logo", "--client-logo: " + clientLogo + " not found; expected a PNG or JPEG file");
        }
        String name = clientLogo.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".jpg") && !name.endsWith(".jpeg")) {
            throw new InputException("client-logo", "--client-logo: " + clientLogo + " is not .png or .jpg; expected a PNG or JPEG file");
        }
        try {
            ImageFile.check(clientLogo); // bounded before anything decodes it
        } catch (java.io.IOException e) {
            throw new InputException("client-logo", "--client-logo: " + clientLogo + " " + e.getMessage());
        }
        return clientLogo;
    }
}
