package com.ratecard.data.match;

import com.ratecard.data.InputException;
import com.ratecard.data.Level;
import com.ratecard.data.MarketData;
import com.ratecard.data.UnknownNameException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Decides the level from what says it: the level as typed, the title's seniority words and the
 * years of experience, in that order of precedence. Each says one level or several (Lead: Senior
 * or Staff; 5 years: Mid-Level or Senior, where the guide's bands meet); they must share one, or
 * it is an error naming both. Immutable.
 */
final class LevelMatcher {
    /**
     * What one part of the opening says about the level: the levels it allows, preferred first;
     * {@code word} is the title's seniority word; {@code note} explains a ladder word.
     */
    private record Evidence(String source, String typed, List<Level> levels, String word, String note) {}

    /** The level and how it was read. */
    record LevelMatch(Level level, Reading reading) {}

    private final MarketData data;
    private final Lexicon lexicon;
    private final LevelWords words;

    LevelMatcher(MarketData data, Lexicon lexicon, LevelWords words) {
        this.data = data;
        this.lexicon = lexicon;
        this.words = words;
    }

    /**
     * @param title      the title as typed, and its seniority words (none when the engine reprices at a
     *                   level of its own: {@code Opening.levelOverridesTitle})
     */
    LevelMatch match(String stated, Double years, String title, List<LevelWords.Hit> titleHits) {
        List<Evidence> evidence = new ArrayList<>();
        if (stated != null) evidence.add(stated(stated));
        if (!titleHits.isEmpty()) evidence.add(title(title, titleHits));
        if (years != null) evidence.add(years(years));
        if (evidence.isEmpty()) {
            throw new InputException("level", "no level: the title \"" + title + "\" does not say one; expected a level "
                    + "(entry, mid, senior or staff), years of experience, or a title that says it, such as \"Senior "
                    + title + "\"");
        }
        for (int i = 0; i < evidence.size(); i++) {
            for (int j = i + 1; j < evidence.size(); j++) {
                if (evidence.get(i).levels().stream().noneMatch(evidence.get(j).levels()::contains)) {
                    throw contradiction(evidence.get(i), evidence.get(j));
                }
            }
        }
        List<Level> shared = new ArrayList<>(evidence.get(0).levels());
        for (Evidence e : evidence) shared.retainAll(e.levels());
        if (shared.isEmpty()) throw contradiction(evidence.get(0), evidence.get(evidence.size() - 1));
        Level level = shared.get(0);
        List<String> typed = evidence.stream().map(e -> e.word() != null ? e.word() : e.typed()).toList();
        List<String> notes = evidence.stream().map(e -> noteFor(e, level)).filter(n -> n != null).toList();
        return new LevelMatch(level, new Reading(Reading.Field.LEVEL, String.join(", ", typed), level.name(), level.id(),
                notes.isEmpty() ? null : String.join("; ", notes)));
    }

    private Evidence stated(String text) {
        List<Lexicon.Word> typed = lexicon.words(text);
        List<Lexicon.Word> meaningful = typed.stream().filter(w -> !w.form().equals("level")).toList();
        var exact = words.exact(lexicon.forms(meaningful));
        if (exact.isPresent() && !meaningful.isEmpty()) {
            return new Evidence("level", text, exact.get().levels(), null, exact.get().note());
        }
        // "Senior/Staff": every word a level word; the first one is preferred.
        List<LevelWords.Hit> hits = words.find(meaningful, text);
        int covered = hits.stream().mapToInt(h -> h.to() - h.from()).sum();
        if (!hits.isEmpty() && covered == meaningful.size()) {
            List<Level> levels = new ArrayList<>();
            for (LevelWords.Hit hit : hits) for (Level l : hit.entry().levels()) if (!levels.contains(l)) levels.add(l);
            return new Evidence("level", text, levels, null, null);
        }
        List<String> names = words.suggest(meaningful);
        String ids = String.join(", ", data.levelsByRank().stream().map(Level::id).toList());
        throw new UnknownNameException("level", text, "unknown level \"" + text + "\""
                + (names.isEmpty() ? "; expected " + ids + " (or a ladder step such as Sr., Lead, II or L5)"
                : "; did you mean " + InputException.orList(names) + "?"), names);
    }

    private Evidence title(String title, List<LevelWords.Hit> hits) {
        // Several seniority words ("Senior Staff", "Lead Senior"): the highest says the level.
        LevelWords.Hit hit = hits.stream().max(Comparator.comparingInt(h -> h.entry().preferred().rank())).orElseThrow();
        return new Evidence("title", "\"" + hit.typed() + "\" in the title \"" + title + "\"", hit.entry().levels(), hit.typed(),
                hit.entry().note());
    }

    private Evidence years(double years) {
        List<Level> ranked = data.levelsByRank();
        List<Level> fits = new ArrayList<>();
        Level preferred = data.levelForYears(years);
        fits.add(preferred);
        for (int i = 0; i < ranked.size(); i++) {
            Level level = ranked.get(i);
            boolean inBand = years >= level.minYears() && (level.maxYears() == null || years <= level.maxYears());
            // Between one band's end and the next one's start (2.5 years): either neighbour.
            boolean inGap = level.maxYears() != null && i + 1 < ranked.size() && years > level.maxYears()
                    && years < ranked.get(i + 1).minYears();
            boolean nextGap = i > 0 && ranked.get(i - 1).maxYears() != null && years > ranked.get(i - 1).maxYears()
                    && years < level.minYears();
            if ((inBand || inGap || nextGap) && !fits.contains(level)) fits.add(level);
        }
        return new Evidence("years", plain(years) + (years == 1 ? " year" : " years"), fits, null, null);
    }

    private String noteFor(Evidence e, Level chosen) {
        return switch (e.source()) {
            case "title" -> (chosen.equals(e.levels().get(0)) ? "level " + chosen.name() + " from the title's \"" + e.word() + "\""
                    : "the title's \"" + e.word() + "\" allows " + chosen.name()) + (e.note() == null ? "" : " (" + e.note() + ")");
            case "level" -> e.note() != null ? e.note()
                    : e.typed().equalsIgnoreCase(chosen.id()) || e.typed().equalsIgnoreCase(chosen.name()) ? null
                    : "\"" + e.typed() + "\" read as " + chosen.name();
            default -> e.levels().size() > 1
                    ? e.typed() + " is where " + TitleMatcher.andList(e.levels().stream().sorted(Comparator.comparingInt(Level::rank))
                            .map(l -> l.name() + " (" + l.yearsLabel() + ")").toList()) + " meet: priced as " + chosen.name()
                    : e.typed() + " is " + chosen.name() + " (" + chosen.yearsLabel() + ")";
        };
    }

    private InputException contradiction(Evidence a, Evidence b) {
        String field = b.source().equals("years") ? "years" : "level";
        String first = describe(a);
        String second = describe(b);
        return new InputException(field, first + " and " + second + " contradict each other; expected "
                + (b.source().equals("years") ? "years that fit " + bands(a.levels()) + ", or only one of them"
                : "a level that agrees with the title, or the title without its seniority word"));
    }

    private String describe(Evidence e) {
        return switch (e.source()) {
            case "level" -> "level \"" + e.typed() + "\" (" + bands(e.levels()) + ")";
            case "title" -> e.typed() + " (" + bands(e.levels()) + ")";
            default -> e.typed() + " (" + bands(e.levels()) + ")";
        };
    }

    /** "Senior, 5-8 yrs" or "Mid-Level, 3-5 yrs or Senior, 5-8 yrs". */
    private static String bands(List<Level> levels) {
        List<String> out = levels.stream().map(l -> l.name() + ", " + l.yearsLabel()).toList();
        return String.join(" or ", out);
    }

    static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
