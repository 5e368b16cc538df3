package com.ratecard.data;

import java.util.List;

/**
 * What the data knows about the words of openings beyond the guide's own names: US places and
 * states, places outside the US, seniority words of titles and synonyms. The matching in
 * {@code com.ratecard.data.match} reads it; the prices never do.
 */
public record Vocabulary(List<Place> places, List<UsState> states, List<ForeignPlace> abroad, List<LevelWord> levelWords,
                         List<Synonym> synonyms) {
    public Vocabulary {
        places = List.copyOf(places);
        states = List.copyOf(states);
        abroad = List.copyOf(abroad);
        levelWords = List.copyOf(levelWords);
        synonyms = List.copyOf(synonyms);
    }
}
