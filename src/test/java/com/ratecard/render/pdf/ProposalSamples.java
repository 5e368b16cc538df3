package com.ratecard.render.pdf;

import com.ratecard.Fixtures;
import com.ratecard.data.Engagement;
import com.ratecard.data.Opening;
import com.ratecard.data.OpeningFile;
import com.ratecard.data.Skill;
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
        PdfRenderer renderer = new PdfRenderer(Fixtures.TEMPLATES, Fixtures.MARKET);
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
        // The awkward case: hostile and very long text, every skill, clearance, a co-branded cover.
        String client = "<script>alert(1)</script> & \"Quoted\" O'Brien " + "Interplanetary Machine Learning Holdings ".repeat(6);
        Opening edge = Opening.builder().client(client.strip()).contactName("Zoë Łukasiewicz").contactEmail("zoe@example.com")
                .role("ML infrastructure engineer").level("staff").location("San Francisco")
                .skills(Fixtures.MARKET.skills().items().stream().map(Skill::id).toList())
                .clearance(com.ratecard.data.Clearance.REQUIRED).engagement(Engagement.CONTRACT_TO_HIRE)
                .budget(com.ratecard.data.Budget.annual(180_000L)).accountManager("Zoë Łukasiewicz")
                .accountManagerEmail("zoe@northbeam.example").build();
        QuoteDocument document = QuoteDocument.of(Fixtures.quote(edge), Fixtures.brand("northbeam"),
                Fixtures.TEMPLATES.resolve("brands/cedar-slate/logo.png"), Fixtures.ISSUED);
        try (OutputStream file = Files.newOutputStream(out.resolve("edge-cases.pdf"))) {
            renderer.render(document, file);
        }
        System.out.println(out.resolve("edge-cases.pdf"));
    }
}
