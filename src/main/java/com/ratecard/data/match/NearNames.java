package com.ratecard.data.match;

import java.util.Collection;
import java.util.List;

/**
 * The closest of some plain names (command and option names) to a typed one, by the same measure
 * as roles and skills: never an unrelated name.
 */
public final class NearNames {
    private NearNames() {}

    public static List<String> closest(String typed, Collection<String> known) {
        List<Suggestions.Key<String>> keys = known.stream().map(name -> {
            List<Lexicon.Word> words = Lexicon.plainWords(name);
            List<String> forms = words.stream().map(Lexicon.Word::form).toList();
            return new Suggestions.Key<>(name, name, forms, Lexicon.rawForms(words));
        }).toList();
        List<Lexicon.Word> words = Lexicon.plainWords(typed);
        return new Suggestions<>(() -> keys).names(words.stream().map(Lexicon.Word::form).toList(), Lexicon.rawForms(words));
    }
}
