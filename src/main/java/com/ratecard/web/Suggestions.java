package com.ratecard.web;

import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.data.NameIndex;
import com.ratecard.data.Role;
import com.ratecard.data.Skill;
import com.ratecard.pricing.Money;
import com.ratecard.web.view.SuggestionView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Names the data knows, offered while a field is typed: roles, locations and skills matched on
 * their names, ids and aliases (an alias says which name it stands for), premium skills marked.
 * Becomes issue 10's OpeningMatcher once it lands, so the form suggests what the engine accepts.
 */
final class Suggestions {
    static final int LIMIT = 8;

    private final MarketData data;

    Suggestions(MarketData data) {
        this.data = data;
    }

    /** Suggestions for a field ("role", "location", "skills"); for skills, {@code typed} is the skill being typed. */
    List<SuggestionView> forField(String field, String typed) {
        return switch (field) {
            case "role" -> match(typed, data.roles().items(), Role::name, Role::aliases, r -> r.focus() == null ? "" : r.focus(), r -> false);
            case "location" -> match(typed, data.locations().items(), Location::name, Location::aliases,
                    l -> l.note() == null ? "" : l.note(), l -> false);
            case "skills" -> match(typed, data.skills().items(), Skill::name, Skill::aliases, Suggestions::skillNote, Skill::premium);
            default -> List.of();
        };
    }

    private static String skillNote(Skill s) {
        return s.premium() ? "adds " + Money.range(s.premiumLow(), s.premiumHigh()) : s.kind().label();
    }

    private <T> List<SuggestionView> match(String typed, List<T> items, Function<T, String> name, Function<T, List<String>> aliases,
                                           Function<T, String> note, java.util.function.Predicate<T> premium) {
        String wanted = typed == null ? "" : NameIndex.normalize(typed);
        record Hit(int score, String value, String note, boolean premium) {}
        List<Hit> hits = new ArrayList<>();
        for (T item : items) {
            String main = name.apply(item);
            int score = score(wanted, NameIndex.normalize(main));
            String via = null;
            for (String alias : aliases.apply(item)) {
                int s = score(wanted, NameIndex.normalize(alias));
                if (s != Integer.MAX_VALUE) s++; // the name itself ranks first
                if (s < score) {
                    score = s;
                    via = alias;
                }
            }
            if (score == Integer.MAX_VALUE) continue;
            String what = note.apply(item);
            String how = via == null ? what : "alias \u201c" + via + "\u201d" + (what.isEmpty() ? "" : "; " + what);
            hits.add(new Hit(score, main, how, premium.test(item)));
        }
        return hits.stream().sorted(Comparator.comparingInt(Hit::score).thenComparing(Hit::value)).limit(LIMIT)
                .map(h -> new SuggestionView(h.value(), h.note(), h.premium())).toList();
    }

    /** 0 for a prefix, 2 for a word prefix, 4 inside; nothing typed matches all. */
    private static int score(String wanted, String key) {
        if (wanted.isEmpty()) return 6;
        if (key.startsWith(wanted)) return 0;
        if (key.contains(" " + wanted)) return 2;
        if (wanted.length() >= 2 && key.contains(wanted)) return 4;
        return Integer.MAX_VALUE;
    }
}
