package com.ratecard.data.match;

import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike a typed name and a known name are, from 0 to 1, word by word: equal words count in
 * full, a misspelt word (Jaro-Winkler from commons-text, words of four letters or more) by its
 * similarity, a typed start of a long word ("kube", "infra") in part, and an abbreviation of the
 * known words' initials ("MLE", "SRE") as a near match. Words every title has ("engineer") weigh
 * little, so "Data Scientist" is not taken for "Data Engineer". The score is a weighted Dice
 * coefficient over the paired words. Stateless.
 */
final class Likeness {
    /** Below this, a known name is not offered as a suggestion: the list of known names is shown instead. */
    static final double SUGGEST = 0.72;
    private static final double FUZZY_WORD = 0.88;
    private static final double LIGHT = 0.3;
    private static final Set<String> LIGHT_WORDS = Set.of("engineer", "specialist", "experience", "management", "design",
            "architecture", "tooling", "platform", "infrastructure", "at", "scale");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Likeness() {}

    static double of(List<String> typed, List<String> known) {
        if (typed.isEmpty() || known.isEmpty()) return 0;
        if (Lexicon.compact(typed).equals(Lexicon.compact(known))) return 1;
        if (typed.size() == 1 && typed.get(0).length() >= 3 && known.size() > 1 && initials(known).equals(typed.get(0))) return 0.9;
        boolean[] used = new boolean[known.size()];
        double matched = 0;
        double typedWeight = 0;
        for (String word : typed) {
            int best = -1;
            double bestScore = 0;
            for (int j = 0; j < known.size(); j++) {
                if (used[j]) continue;
                double s = wordLikeness(word, known.get(j));
                if (s > bestScore) {
                    bestScore = s;
                    best = j;
                }
            }
            if (best >= 0) {
                used[best] = true;
                double w = weight(known.get(best));
                matched += bestScore * w;
                typedWeight += w;
            } else {
                typedWeight += weight(word);
            }
        }
        double knownWeight = known.stream().mapToDouble(Likeness::weight).sum();
        return 2 * matched / (typedWeight + knownWeight);
    }

    static double wordLikeness(String typed, String known) {
        if (typed.equals(known)) return 1;
        if (typed.length() < 4 || known.length() < 4) return 0; // short words and acronyms must be exact
        if (known.startsWith(typed)) return 0.85;
        // Misspellings keep the first letter; Jaro-Winkler alone would take "engineer" for "mlengineer".
        if (typed.charAt(0) != known.charAt(0)) return 0;
        // A misspelling keeps most of the word's length: "Kubeflow" is not a typo of "kube".
        if (Math.min(typed.length(), known.length()) < 0.75 * Math.max(typed.length(), known.length())) return 0;
        double jw = JARO_WINKLER.apply(typed, known);
        return jw >= FUZZY_WORD ? jw : 0;
    }

    private static double weight(String word) {
        return LIGHT_WORDS.contains(word) ? LIGHT : 1;
    }

    private static String initials(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) out.append(w.charAt(0));
        return out.toString();
    }
}
