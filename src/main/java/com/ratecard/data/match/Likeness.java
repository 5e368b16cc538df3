package com.ratecard.data.match;

import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike a typed name and a known name are, from 0 to 1, word by word: equal words count in
 * full, a misspelt word (Jaro-Winkler from commons-text, words of four letters or more, same first
 * letter, similar length) by its similarity, a typed start of a long word ("kube", "infra") in
 * part, and an abbreviation of the known words' initials ("MLE", "SRE") as a near match. Words
 * every title has ("engineer") weigh little, so "Data Scientist" is not taken for "Data Engineer".
 * The score is a weighted Dice coefficient over the paired words. Stateless.
 */
final class Likeness {
    /** Below this, a known name is not offered as a suggestion: the list of known names is shown instead. */
    static final double SUGGEST = 0.72;
    private static final double FUZZY_WORD = 0.88;
    private static final double LIGHT = 0.3;
    private static final Set<String> LIGHT_WORDS = Set.of("engineer", "specialist", "experience", "management", "design",
            "architecture", "tooling", "platform", "infrastructure", "at", "scale");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** A name's words, prepared once: its compact form, initials and total weight. */
    record Name(List<String> words, String compact, String initials, double weight) {
        static Name of(List<String> words) {
            StringBuilder initials = new StringBuilder();
            for (String w : words) initials.append(w.charAt(0));
            return new Name(List.copyOf(words), Lexicon.compact(words), initials.toString(),
                    words.stream().mapToDouble(Likeness::weight).sum());
        }
    }

    private Likeness() {}

    static double of(List<String> typed, List<String> known) {
        return of(Name.of(typed), Name.of(known));
    }

    static double of(Name typed, Name known) {
        List<String> t = typed.words();
        List<String> k = known.words();
        if (t.isEmpty() || k.isEmpty()) return 0;
        if (typed.compact().equals(known.compact())) return 1;
        if (t.size() == 1 && t.get(0).length() >= 3 && k.size() > 1 && known.initials().equals(t.get(0))) return 0.9;
        boolean[] used = new boolean[k.size()];
        double matched = 0;
        double typedWeight = 0;
        for (String word : t) {
            int best = -1;
            double bestScore = 0;
            for (int j = 0; j < k.size(); j++) {
                if (used[j]) continue;
                double s = wordLikeness(word, k.get(j));
                if (s > bestScore) {
                    bestScore = s;
                    best = j;
                }
            }
            if (best >= 0) {
                used[best] = true;
                double w = weight(k.get(best));
                matched += bestScore * w;
                typedWeight += w;
            } else {
                typedWeight += weight(word);
            }
        }
        return 2 * matched / (typedWeight + known.weight());
    }

    static double wordLikeness(String typed, String known) {
        if (typed.equals(known)) return 1;
        if (typed.length() < 4 || known.length() < 4) return 0; // short words and acronyms must be exact
        if (typed.charAt(0) != known.charAt(0)) return 0; // Jaro-Winkler alone takes "engineer" for "mlengineer"
        if (known.startsWith(typed)) return 0.85;
        // A misspelling keeps most of the word's length: "Kubeflow" is not a typo of "kube".
        if (Math.min(typed.length(), known.length()) < 0.75 * Math.max(typed.length(), known.length())) return 0;
        double jw = JARO_WINKLER.apply(typed, known);
        return jw >= FUZZY_WORD ? jw : 0;
    }

    private static double weight(String word) {
        return LIGHT_WORDS.contains(word) ? LIGHT : 1;
    }
}
