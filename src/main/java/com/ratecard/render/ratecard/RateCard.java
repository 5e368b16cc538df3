package com.ratecard.render.ratecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client's rate card: one line per role x level x location among that client's priced openings,
 * with the bill rate range (minimum = the lowest quoted bill rate, maximum = the highest, target =
 * their midpoint) and the recommended base salary range, each taken from the individual quotes.
 * {@code folder} names the client's folder of deliverables (it tells two cards of one name apart).
 */
public final class RateCard {
    /** One role x level x location. For a single opening the figures are exactly its quote's. */
    public record Line(String role, String roleId, String level, String levelId, int levelRank, String location,
                       String locationId, int openings, double billMin, double billTarget, double billMax, long baseLow,
                       long baseHigh) {}

    /** The figures of one priced opening that a card shows: hourly bill rates, annual base in dollars. */
    public record Quoted(String role, String roleId, String level, String levelId, int levelRank, String location,
                         String locationId, double billLow, double billHigh, long baseLow, long baseHigh) {}

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

    /** The card of one client's priced openings: lines sorted by role, level (by rank), location. */
    public static RateCard of(String client, String folder, List<Quoted> quotes) {
        Map<String, List<Quoted>> cells = new LinkedHashMap<>();
        for (Quoted q : quotes) cells.computeIfAbsent(q.roleId() + "|" + q.levelId() + "|" + q.locationId(), k -> new ArrayList<>()).add(q);
        List<Line> lines = new ArrayList<>();
        for (List<Quoted> cell : cells.values()) {
            Quoted first = cell.get(0);
            double min = cell.stream().mapToDouble(Quoted::billLow).min().orElseThrow();
            double max = cell.stream().mapToDouble(Quoted::billHigh).max().orElseThrow();
            long baseLow = cell.stream().mapToLong(Quoted::baseLow).min().orElseThrow();
            long baseHigh = cell.stream().mapToLong(Quoted::baseHigh).max().orElseThrow();
            lines.add(new Line(first.role(), first.roleId(), first.level(), first.levelId(), first.levelRank(), first.location(),
                    first.locationId(), cell.size(), min, midpoint(min, max), max, baseLow, baseHigh));
        }
        lines.sort(Comparator.comparing(Line::role).thenComparingInt(Line::levelRank).thenComparing(Line::location));
        return new RateCard(client, folder, lines);
    }

    /** The midpoint in dollars and cents. */
    public static double midpoint(double low, double high) {
        return Math.round((low + high) * 50) / 100.0;
    }
}
