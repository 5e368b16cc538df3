package com.ratecard.data;

import java.util.List;

/**
 * A seniority word or ladder step of job titles ("Lead", "II", "L5") and the levels it can mean;
 * the first level is the one used when nothing else in the opening says which.
 */
public record LevelWord(String word, List<String> levelIds, String note, Provenance provenance) {
    public LevelWord {
        levelIds = List.copyOf(levelIds);
    }
}
