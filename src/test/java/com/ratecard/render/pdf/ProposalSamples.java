package com.ratecard.render.pdf;

import com.ratecard.Fixtures;
import com.ratecard.data.OpeningFile;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.brand.BrandLoader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a proposal for each sample opening in each brand to a folder (default target/proposals),
 * to look at after changing the templates. Not a test; run it like a benchmark main, with the test
 * classpath: {@code java -cp target/classes:target/test-classes:... com.ratecard.render.pdf.ProposalSamples}.
 */
public final class ProposalSamples {
    private ProposalSamples() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/proposals");
        Files.createDirectories(out);
        PdfRenderer renderer = new PdfRenderer(Fixtures.TEMPLATES, Fixtures.ENGINE);
        try (var samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.sorted().toList()) {
                var opening = OpeningFile.read(sample).build(Fixtures.MARKET.policy());
                for (String brand : new BrandLoader(Fixtures.TEMPLATES.resolve("brands")).ids()) {
                    QuoteDocument document = QuoteDocument.of(Fixtures.quote(opening), Fixtures.brand(brand), null, Fixtures.ISSUED);
                    String name = sample.getFileName().toString().replace(".yaml", "") + "-" + brand + ".pdf";
                    try (OutputStream file = Files.newOutputStream(out.resolve(name))) {
                        renderer.render(document, file);
                    }
                    System.out.println(out.resolve(name));
                }
            }
        }
    }
}
