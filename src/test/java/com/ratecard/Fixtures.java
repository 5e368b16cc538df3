package com.ratecard;

import com.ratecard.data.Budget;
import com.ratecard.data.Clearance;
import com.ratecard.data.Engagement;
import com.ratecard.data.MarketData;
import com.ratecard.data.MarketDataLoader;
import com.ratecard.data.Opening;
import com.ratecard.data.OpeningFields;
import com.ratecard.data.OpeningFile;
import com.ratecard.data.WorkArrangement;
import com.ratecard.delivery.batch.OpeningSource;
import com.ratecard.pricing.PricingEngine;
import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;
import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Shared test inputs: the bundled data, brands and a spread of openings. */
public final class Fixtures {
    public static final Path DATA = Path.of("data");
    public static final Path TEMPLATES = Path.of("templates");
    public static final MarketData MARKET = MarketDataLoader.load(DATA);
    /** Today is the data's as-of date, so figures are the guide's own (no aging) unless a test dates them. */
    public static final Clock AS_OF = Clock.fixed(MARKET.policy().dataAsOf().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    public static final PricingEngine ENGINE = new PricingEngine(MARKET, AS_OF);
    public static final LocalDate ISSUED = LocalDate.of(2026, 11, 29);

    private Fixtures() {}

    public static Brand brand(String id) {
        return new BrandLoader(TEMPLATES.resolve("brands")).load(id);
    }

    public static Opening opening(String role, String level, String location, List<String> skills, boolean clearance,
                                  Engagement engagement, Long budget) {
        return Opening.builder().client("Acme Robotics").contactName("Dana Whitfield").contactEmail("dana@acme.example")
                .role(role).level(level).location(location)
                .workArrangement(OpeningFields.isRemoteName(location) ? WorkArrangement.REMOTE : null).skills(skills)
                .clearance(clearance ? Clearance.REQUIRED : Clearance.NO).engagement(engagement)
                .budget(budget == null ? null : Budget.annual(budget)).accountManager("Priya Natarajan")
                .accountManagerEmail("priya@northbeam.example").build();
    }

    public static Opening sample() {
        return opening("ML Platform Engineer", "senior", "San Diego", List.of("LLM deployment", "Kubernetes", "Terraform"),
                true, Engagement.DIRECT_HIRE, 165_000L);
    }

    public static Quote quote(Opening opening) {
        return ENGINE.price(opening);
    }

    public static QuoteDocument document(Opening opening, String brand) {
        return QuoteDocument.of(quote(opening), brand(brand), null, ISSUED);
    }

    /** A sample a user runs, named for messages: "acme-senior-mlops-san-diego.yaml", "openings.csv:3". */
    public record Sample(String name, Opening opening) {}

    /**
     * Every bundled sample opening: each {@code samples/*.yaml} opening file and every row of
     * {@code samples/openings.csv}, as a user would run them.
     */
    public static List<Sample> samples() {
        List<Sample> out = new ArrayList<>();
        try (var files = Files.list(Path.of("samples"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".yaml") || name.equals("openings.yaml")) continue;
                out.add(new Sample(name, OpeningFile.read(file).build(MARKET.policy())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OpeningSource.open(Path.of("samples/openings.csv")).forEach(row ->
                out.add(new Sample("openings.csv:" + row.row(), row.fields().build(MARKET.policy()))));
        return out;
    }

    /** 24 varied openings: every level, role, several locations, skills, engagements, with and without budget. */
    public static List<Opening> varied() {
        String[] roles = {"MLOps Engineer", "Data Engineer", "ML Engineer", "DevOps Engineer", "ML infrastructure engineer"};
        String[] levels = {"entry", "mid", "senior", "staff"};
        String[] locations = {"San Francisco", "NYC", "Seattle", "Austin", "Los Angeles", "Chicago", "Remote", "national"};
        List<List<String>> skillSets = List.of(List.of(), List.of("LLM deployment"),
                List.of("GPU cluster management", "Feature store"), List.of("Kubernetes", "Terraform", "vLLM"),
                List.of("ML governance", "Multi-cloud", "Python"), List.of("CKA", "Docker"));
        Engagement[] engagements = Engagement.values();
        Long[] budgets = {null, 95_000L, 150_000L, 185_000L, 230_000L, 320_000L};
        List<Opening> out = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            out.add(opening(roles[i % roles.length], levels[i % levels.length], locations[(i * 3) % locations.length],
                    skillSets.get(i % skillSets.size()), i % 5 == 2, engagements[i % engagements.length],
                    budgets[(i * 5) % budgets.length]));
        }
        return out;
    }
}
