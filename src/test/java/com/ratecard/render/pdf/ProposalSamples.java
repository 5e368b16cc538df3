package com.ratecard.render.pdf;

import com.ratecard.Fixtures;
import com.ratecard.data.Engagement;
import com.ratecard.data.Opening;
import com.ratecard.data.Skill;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.Renderer;
import com.ratecard.render.brand.BrandLoader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the proposal and the deal sheet of every sample opening ({@link Fixtures#samples()}) in
 * each brand to a folder (default target/proposals), to look at after changing the templates; add
 * "appendix" to give the proposals their appendix. Not a test; run it like a benchmark main, with
 * the test classpath: {@code java -cp target/classes:target/test-classes:... com.ratecard.render.pdf.ProposalSamples}.
 */
public final class ProposalSamples {
    private ProposalSamples() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/proposals");
        boolean appendix = List.of(args).contains("appendix");
        Files.createDirectories(out);
        List<Renderer> renderers = List.of(new PdfRenderer(Fixtures.TEMPLATES, Fixtures.MARKET, appendix),
                new DealSheetRenderer(Fixtures.TEMPLATES, Fixtures.MARKET));
        for (Fixtures.Sample sample : Fixtures.samples()) {
            for (String brand : new BrandLoader(Fixtures.TEMPLATES.resolve("brands")).ids()) {
                QuoteDocument document = QuoteDocument.of(Fixtures.quote(sample.opening()), Fixtures.brand(brand), null, Fixtures.ISSUED);
                write(out, sample.name().replace(".yaml", "").replace(".csv:", "-") + "-" + brand, document, renderers);
            }
        }
        // The awkward case: hostile and very long text, every skill, clearance, a co-branded cover.
        String client = "<script>alert(1)</script> & \"Quoted\" O'Brien " + "Interplanetary Machine Learning Holdings ".repeat(6);
        Opening edge = Opening.builder().client(client.strip()).contactName("Zoë Łukasiewicz").contactEmail("zoe@example.com")
                .role("ML infrastructure engineer").level("staff").location("San Francisco")
                .skills(Fixtures.MARKET.skills().items().stream().map(Skill::id).toList())
                .clearance(com.ratecard.data.Clearance.PREFERRED).engagement(Engagement.CONTRACT_TO_HIRE)
                .budget(com.ratecard.data.Budget.annual(180_000L)).accountManager("Zoë Łukasiewicz")
                .accountManagerEmail("zoe@northbeam.example").build();
        write(out, "edge-cases", QuoteDocument.of(Fixtures.quote(edge), Fixtures.brand("northbeam"),
                Fixtures.TEMPLATES.resolve("brands/cedar-slate/logo.png"), Fixtures.ISSUED), renderers);
    }

    private static void write(Path out, String stem, QuoteDocument document, List<Renderer> renderers) throws Exception {
        for (Renderer renderer : renderers) {
            Path file = out.resolve(renderer.fileName(stem));
            try (OutputStream stream = Files.newOutputStream(file)) {
                renderer.render(document, stream);
            }
            System.out.println(file);
        }
    }
}
