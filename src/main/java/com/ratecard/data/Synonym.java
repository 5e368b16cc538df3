package com.ratecard.data;

import java.util.List;

/** One word and the other ways names write it ("ml": "machine learning"), read as the word before comparing. */
public record Synonym(String word, List<String> writtenAs, Provenance provenance) {
    public Synonym {
        writtenAs = List.copyOf(writtenAs);
    }
}
