package com.ratecard.delivery.batch;

import com.ratecard.delivery.manifest.Manifest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client's rate card: one line per role x level x location among that client's priced openings,
 * with the bill rate range (minimum = the lowest quoted bill rate, maximum = the highest, target =
 * their midpoint) and the recommended base salary range, each taken from the individual quotes.
 */
public final class RateCard {
    /** One role x level x location. For a single opening the figures are exactly its quote's. */
    public record Line(String role, String roleId, String level, String levelId, int levelRank, String location,
                       String locationId, int openings, double billMin, double billTarget, double billMax, long baseLow,
                       long baseHigh) {}

    private final String client;
    private final String folder;
    private final List<Line> lines;

    private RateCard(String client, String folder, List<Line> lines) {
        this.client = client;
        this.folder = folder;
        this.lines = List.copyOf(lines);
    }

    public String client() {
        return client;
    }

    public String folder() {
        return folder;
    }

    public List<Line> lines() {
        return lines;
    }

    public int openings() {
        return lines.stream().mapToInt(Line::openings).sum();
    }

    /** One card per client folder, in the order clients first appear; only delivered rows count. */
    public static List<RateCard> of(List<Manifest.Entry> entries) {
        Map<String, List<Manifest.Entry>> byFolder = new LinkedHashMap<>();
        for (Manifest.Entry entry : entries) {
            if (!entry.delivered() || entry.quote() == null) continue;
            byFolder.computeIfAbsent(entry.clientFolder(), f -> new ArrayList<>()).add(entry);
        }
        List<RateCard> cards = new ArrayList<>();
        byFolder.forEach((folder, list) -> cards.add(of(list.get(0).opening().client(), folder, list)));
        return cards;
    }

    /** The card of one client's delivered entries. */
    public static RateCard of(String client, String folder, List<Manifest.Entry> entries) {
        Map<String, List<Manifest.QuoteInfo>> cells = new LinkedHashMap<>();
        for (Manifest.Entry entry : entries) {
            Manifest.QuoteInfo q = entry.quote();
            cells.computeIfAbsent(q.roleId() + "|" + q.levelId() + "|" + q.locationId(), k -> new ArrayList<>()).add(q);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Manifest.QuoteInfo> quotes : cells.values()) {
            Manifest.QuoteInfo first = quotes.get(0);
            double min = quotes.stream().mapToDouble(q -> q.billRate().low()).min().orElseThrow();
            double max = quotes.stream().mapToDouble(q -> q.billRate().high()).max().orElseThrow();
            long baseLow = quotes.stream().mapToLong(q -> q.recommendedBase().low()).min().orElseThrow();
            long baseHigh = quotes.stream().mapToLong(q -> q.recommendedBase().high()).max().orElseThrow();
            lines.add(new Line(first.role(), first.roleId(), first.level(), first.levelId(), first.levelRank(), first.location(),
                    first.locationId(), quotes.size(), min, midpoint(min, max), max, baseLow, baseHigh));
        }
        lines.sort(Comparator.comparing(Line::role).thenComparingInt(Line::levelRank).thenComparing(Line::location));
        return new RateCard(client, folder, lines);
    }

    /** The midpoint in dollars and cents. */
    static double midpoint(double low, double high) {
        return Math.round((low + high) * 50) / 100.0;
    }
}
