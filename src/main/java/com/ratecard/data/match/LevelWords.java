package com.ratecard.data.match;

import com.ratecard.data.Level;
import com.ratecard.data.LevelWord;
import com.ratecard.data.MarketData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every way the data writes a level: levels.csv's ids, names and aliases (one level each) and
 * level-words.csv's seniority words and ladders ("Lead" is Senior or Staff, "L5" Senior). Finds
 * them in a level as typed and inside a title. Immutable.
 */
final class LevelWords {
    /** One way of writing a level; {@code levels} in order of preference; {@code note} explains a ladder word. */
    record Entry(String written, List<Level> levels, String note) {
        Level preferred() {
            return levels.get(0);
        }
    }

    /** A level word found in typed text: words {@code from} (inclusive) to {@code to} (exclusive). */
    record Hit(Entry entry, String typed, int from, int to) {}

    private static final int LONGEST = 3;
    private final Lexicon lexicon;
    private final Map<String, Entry> byCompact = new HashMap<>();
    private final Suggestions<Entry> suggestions;

    LevelWords(MarketData data, Lexicon lexicon) {
        this.lexicon = lexicon;
        List<Suggestions.Key<Entry>> keys = new ArrayList<>();
        for (Level level : data.levelsByRank()) {
            for (String written : Stream.concat(Stream.of(level.id(), level.name()), level.aliases().stream()).toList()) {
                add(written, new Entry(written, List.of(level), null), keys, level.id());
            }
        }
        for (LevelWord word : data.vocabulary().levelWords()) {
            List<Level> levels = word.levelIds().stream().map(id -> data.levels().resolve(id)).toList();
            add(word.word(), new Entry(word.word(), levels, word.note()), keys, word.word());
        }
        this.suggestions = new Suggestions<>(() -> keys);
    }

    private void add(String written, Entry entry, List<Suggestions.Key<Entry>> keys, String display) {
        List<Lexicon.Word> words = lexicon.words(written);
        byCompact.putIfAbsent(Lexicon.compact(lexicon.forms(words)), entry);
        keys.add(new Suggestions.Key<>(entry, display, lexicon.forms(words), Lexicon.rawForms(words)));
    }

    /** The entry that a whole text names ("Sr.", "Staff / Principal", "L5"), if any. */
    Optional<Entry> exact(List<String> forms) {
        return Optional.ofNullable(byCompact.get(Lexicon.compact(forms)));
    }

    /** Level words inside typed words, longest first, left to right. */
    List<Hit> find(List<Lexicon.Word> words, String text) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Hit hit = null;
            for (int n = Math.min(LONGEST, words.size() - i); n >= 1 && hit == null; n--) {
                Entry entry = byCompact.get(Lexicon.compact(lexicon.forms(words.subList(i, i + n))));
                if (entry != null) {
                    hit = new Hit(entry, text.substring(words.get(i).start(), words.get(i + n - 1).end()), i, i + n);
                }
            }
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = hit.to();
            }
        }
        return hits;
    }

    List<String> suggest(List<Lexicon.Word> words) {
        return suggestions.names(lexicon.forms(words), Lexicon.rawForms(words));
    }
}
