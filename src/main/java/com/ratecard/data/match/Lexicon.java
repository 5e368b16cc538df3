package com.ratecard.data.match;

import com.ratecard.data.Synonym;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a name as comparable words: case, accents and punctuation dropped ("Sr." is "sr",
 * "Multi-cloud" is "multicloud", "CI/CD" is "ci cd"), plurals folded ("GPUs" is "gpu") and the
 * data's synonyms applied ("Machine Learning" is "ml"). Every word remembers where it was typed,
 * so what a user wrote can be shown back. Immutable.
 */
final class Lexicon {
    /** A word as compared, and the span of the typed text it came from. */
    record Word(String form, String raw, int start, int end) {
        String typedIn(String text) {
            return text.substring(start, end);
        }
    }

    private record Rewrite(List<String> from, String to) {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private final List<Rewrite> rewrites;

    Lexicon(List<Synonym> synonyms) {
        List<Rewrite> out = new ArrayList<>();
        for (Synonym synonym : synonyms) {
            String to = String.join("", forms(synonym.word()));
            for (String written : synonym.writtenAs()) out.add(new Rewrite(forms(written), to));
        }
        // Longest first, so "site reliability engineer" wins over a rewrite of "engineer" alone.
        out.sort(Comparator.comparingInt((Rewrite r) -> -r.from().size()));
        this.rewrites = List.copyOf(out);
    }

    /** The words of {@code text}, synonyms applied. */
    List<Word> words(String text) {
        List<Word> words = plainWords(text);
        // Again until nothing changes: "Machine Learning Ops" is "ml ops", which is "mlops".
        for (int pass = 0; pass < 3; pass++) {
            List<Word> rewritten = rewrite(words);
            if (rewritten.size() == words.size()) return rewritten;
            words = rewritten;
        }
        return words;
    }

    private List<Word> rewrite(List<Word> plain) {
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < plain.size(); ) {
            Rewrite hit = null;
            for (Rewrite r : rewrites) {
                if (matchesAt(plain, i, r.from())) {
                    hit = r;
                    break;
                }
            }
            if (hit == null) {
                out.add(plain.get(i++));
            } else {
                Word first = plain.get(i);
                Word last = plain.get(i + hit.from().size() - 1);
                out.add(new Word(hit.to(), joinRaw(plain.subList(i, i + hit.from().size())), first.start(), last.end()));
                i += hit.from().size();
            }
        }
        return out;
    }

    /** The compared forms only. */
    List<String> forms(List<Word> words) {
        return words.stream().map(Word::form).toList();
    }

    /** The forms without synonyms applied: a typo of a long form ("Kubernets") is still near its original. */
    static List<String> rawForms(List<Word> words) {
        List<String> out = new ArrayList<>();
        for (Word w : words) for (String part : w.raw().split(" ")) out.add(part);
        return out;
    }

    private static String joinRaw(List<Word> words) {
        return String.join(" ", words.stream().map(Word::raw).toList());
    }

    private static boolean matchesAt(List<Word> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) return false;
        for (int j = 0; j < phrase.size(); j++) if (!words.get(at + j).form().equals(phrase.get(j))) return false;
        return true;
    }

    /** Words without synonyms: letters and digits; a dash, dot or apostrophe inside a word joins it. */
    static List<Word> plainWords(String text) {
        List<Word> out = new ArrayList<>();
        if (text == null) return out;
        StringBuilder word = new StringBuilder();
        int start = -1;
        int end = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean wordChar;
            if (cp < 128) {
                wordChar = Character.isLetterOrDigit(cp);
                if (wordChar) word.append((char) Character.toLowerCase(cp));
            } else {
                String folded = fold(cp);
                wordChar = !folded.isEmpty() && Character.isLetterOrDigit(folded.codePointAt(0));
                if (wordChar) word.append(folded);
            }
            if (wordChar) {
                if (start < 0) start = i;
                end = next;
            } else if (isJoiner(cp) && start >= 0 && next < text.length() && Character.isLetterOrDigit(text.codePointAt(next))) {
                // "multi-cloud", "Sr.Eng", "11-7": one word; the joiner itself is dropped.
                end = next;
            } else if ((cp == '+' || cp == '#') && word.length() == 1 && letters(word)) {
                word.append((char) cp); // C++, C#, F# (but "Staff+" is "staff")
                end = next;
            } else {
                if (start >= 0) out.add(word(word.toString(), start, end, text));
                word.setLength(0);
                start = -1;
            }
            i = next;
        }
        if (start >= 0) out.add(word(word.toString(), start, end, text));
        return out;
    }

    private static Word word(String letters, int start, int end, String text) {
        // A trailing dot belongs to the typed word ("Sr."), though not to its form.
        int shown = end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
        String form = stem(letters);
        return new Word(form, form, start, shown);
    }

    private static boolean letters(CharSequence word) {
        for (int i = 0; i < word.length(); i++) if (!Character.isLetter(word.charAt(i))) return false;
        return true;
    }

    private static boolean isJoiner(int cp) {
        return cp == '-' || cp == '.' || cp == '\'' || cp == '\u2019' || cp == '\u2010' || cp == '\u2011';
    }

    private static String fold(int cp) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Folds a plural: "gpus" -> "gpu", "technologies" -> "technology"; short words stay ("aws", "ops"). */
    static String stem(String word) {
        if (word.length() <= 3 || !letters(word)) return word;
        if (word.endsWith("ies") && word.length() > 4) return word.substring(0, word.length() - 3) + "y";
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** The forms of a phrase without synonyms, as data rows are compared. */
    static List<String> forms(String phrase) {
        return plainWords(phrase).stream().map(Word::form).toList();
    }

    static String compact(List<String> forms) {
        return String.join("", forms);
    }
}
