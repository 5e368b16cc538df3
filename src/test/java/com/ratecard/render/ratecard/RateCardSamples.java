package com.ratecard.render.ratecard;

import com.ratecard.Fixtures;
import com.ratecard.data.Engagement;
import com.ratecard.data.Opening;
import com.ratecard.pricing.Quote;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes sample rate cards (both brands, a long card, clients named in CJK, Arabic and Hebrew) to
 * a folder (default target/ratecards), to look at after changing the templates. Not a test; run
 * it with the test classpath like {@code ProposalSamples}.
 */
public final class RateCardSamples {
    private RateCardSamples() {}

    /** What the card shows of a quote. */
    static RateCard.Quoted quoted(Quote q) {
        return new RateCard.Quoted(q.role().name(), q.role().id(), q.level().name(), q.level().id(), q.level().rank(),
                q.location().name(), q.location().id(), q.contract().billRate().low(), q.contract().billRate().high(),
                q.recommendedBase().low(), q.recommendedBase().high());
    }

    /** A card of {@code count} of the varied openings (repeating them over more locations past 24). */
    static RateCard card(String client, int count) {
        String[] places = {"San Francisco", "NYC", "Seattle", "Austin", "Los Angeles", "Chicago", "Remote", "national", "Boston", "San Diego"};
        List<RateCard.Quoted> quotes = new ArrayList<>();
        List<Opening> varied = Fixtures.varied();
        for (int i = 0; i < count; i++) {
            Opening base = varied.get(i % varied.size());
            Opening o = Opening.builder().client(client).role(base.role()).level(base.level())
                    .location(places[(i / varied.size() + i) % places.length]).skills(base.skills())
                    .engagement(Engagement.CONTRACT).build();
            quotes.add(quoted(Fixtures.quote(o)));
        }
        return RateCard.of(client, "client", quotes);
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/ratecards"));
        for (String brand : List.of("northbeam", "cedar-slate")) {
            RateCardPdf pdf = new RateCardPdf(Fixtures.TEMPLATES, Fixtures.brand(brand), Fixtures.ISSUED);
            write(pdf, card("Acme Robotics", 5), out.resolve("short-" + brand + ".pdf"));
            write(pdf, card("Big Client Holdings", 90), out.resolve("long-" + brand + ".pdf"));
            write(pdf, card("東京ロボティクス株式会社 · שרה כהן בע\"מ · شركة الأفق", 4), out.resolve("scripts-" + brand + ".pdf"));
        }
    }

    private static void write(RateCardPdf pdf, RateCard card, Path file) throws Exception {
        try (OutputStream stream = Files.newOutputStream(file)) {
            pdf.write(card, stream);
        }
        System.out.println(file + " " + Files.size(file) + " bytes");
    }
}
