package com.ratecard.data.match;

import com.ratecard.data.InputException;
import com.ratecard.data.MarketData;
import com.ratecard.data.Skill;
import com.ratecard.data.SkillCombo;
import com.ratecard.data.UnknownNameException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a skill as typed as the guide's skills. A skill matches by its id, name, aliases (vendor
 * tools such as vLLM or SageMaker, compliance regimes such as HIPAA) or a part of its long name
 * ("Feature store design"), whatever the case, plural or punctuation, and with words such as
 * "experience with" around it. The guide prices few skills: a typed skill close to one that
 * changes the price (a premium skill, or one of a priced combination) but not it is an error that
 * names the skill, since guessing would change the price; any other skill is accepted as not
 * priced by the guide. Immutable.
 */
final class SkillMatcher {
    /** What one typed skill was read as: the guide's skills (none when it is not priced by the guide). */
    record SkillMatch(List<Skill> skills, List<Reading> readings) {}

    /** Words that say how much or how well, not which skill: "strong experience with". */
    private static final Set<String> QUALIFIERS = Set.of("experience", "experienced", "exp", "knowledge", "knowledgeable",
            "skill", "expertise", "expert", "proficiency", "proficient", "familiarity", "familiar", "strong", "solid", "deep",
            "handson", "hand", "background", "with", "in", "of", "and", "or", "using", "use", "working", "work", "production",
            "advanced", "basic", "good", "excellent", "understanding", "year", "yr", "preferred", "required", "must", "have",
            "nice", "to", "a", "an", "the", "at", "scale", "similar", "major", "tooling", "tool", "plus", "etc");
    /** Words too general to stand for a long name alone: "Model" is not "Model auditing". */
    private static final Set<String> GENERAL = Set.of("ml", "ai", "model", "data", "cloud", "platform", "management", "design",
            "architecture", "engineering", "infrastructure", "training", "serving", "deployment", "realtime", "feature",
            "pipeline", "orchestration", "multigpu", "compliance", "container");

    private static final double HINT = 0.85;

    private record Key(Skill skill, List<String> forms) {}

    private final Lexicon lexicon;
    private final Map<String, Set<Skill>> byName = new HashMap<>();
    private final Map<String, Skill> related = new HashMap<>();
    private final List<Key> keys = new ArrayList<>();
    private final List<Key> relatedKeys = new ArrayList<>();
    private final Map<Skill, Set<String>> vocabulary = new HashMap<>();
    private final Set<String> inCombos = new HashSet<>();
    private final Suggestions<Skill> suggestions;

    SkillMatcher(MarketData data, Lexicon lexicon) {
        this.lexicon = lexicon;
        for (SkillCombo combo : data.combos()) inCombos.addAll(combo.requiredSkillIds());
        List<Suggestions.Key<Skill>> offered = new ArrayList<>();
        for (Skill skill : data.skills().items()) {
            List<String> written = Stream.of(Stream.of(skill.id(), skill.name()), skill.aliases().stream(), nameParts(skill.name()))
                    .flatMap(s -> s).toList();
            for (String w : written) {
                List<Lexicon.Word> words = meaningful(lexicon.words(w));
                List<String> forms = lexicon.forms(words);
                if (forms.isEmpty()) continue;
                byName.computeIfAbsent(Lexicon.compact(forms), k -> new LinkedHashSet<>()).add(skill);
                keys.add(new Key(skill, forms));
                vocabulary.computeIfAbsent(skill, k -> new HashSet<>()).addAll(forms);
                offered.add(new Suggestions.Key<>(skill, skill.name(), forms, Lexicon.rawForms(words)));
            }
            for (String r : skill.related()) {
                List<String> forms = lexicon.forms(meaningful(lexicon.words(r)));
                if (forms.isEmpty()) continue;
                related.putIfAbsent(Lexicon.compact(forms), skill);
                relatedKeys.add(new Key(skill, forms));
            }
        }
        // Longest first: "GPU cluster management" is read before "GPU".
        keys.sort(Comparator.comparingInt((Key k) -> -k.forms().size()));
        relatedKeys.sort(Comparator.comparingInt((Key k) -> -k.forms().size()));
        this.suggestions = new Suggestions<>(() -> offered);
    }

    /** The parts of a long name: "ML governance, model auditing and compliance frameworks" has three. */
    private static Stream<String> nameParts(String name) {
        return Stream.of(name.split(",|\\(|\\)|\\band\\b|\\bor\\b")).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static List<Lexicon.Word> meaningful(List<Lexicon.Word> words) {
        List<Lexicon.Word> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String form = words.get(i).form();
            boolean yearsCount = form.chars().allMatch(Character::isDigit) && i + 1 < words.size()
                    && (words.get(i + 1).form().equals("year") || words.get(i + 1).form().equals("yr"));
            if (!QUALIFIERS.contains(form) && !yearsCount) out.add(words.get(i));
        }
        return out;
    }

    /** Changes the price: a premium, or a member of a priced combination. */
    private boolean pricing(Skill skill) {
        return skill.premium() || inCombos.contains(skill.id());
    }

    SkillMatch match(String typed) {
        List<Lexicon.Word> words = meaningful(lexicon.words(typed));
        List<String> forms = lexicon.forms(words);
        if (forms.isEmpty()) return notPriced(typed, null);
        String name = Lexicon.compact(forms);

        Set<Skill> exact = byName.getOrDefault(name, Set.of());
        if (exact.size() == 1) return matched(typed, List.copyOf(exact), null);
        if (exact.size() > 1) throw ambiguous(typed, exact);
        Skill close = related.get(name);
        if (close != null) return closeTo(typed, close);

        // Names inside the typed words: "HIPAA compliance", "Experience with LLM fine-tuning (LoRA)".
        List<String> left = new ArrayList<>(forms);
        List<Skill> found = new ArrayList<>();
        Set<Skill> strongly = new HashSet<>();
        for (Key key : keys) {
            if (containsAll(left, key.forms())) {
                key.forms().forEach(left::remove);
                if (!found.contains(key.skill())) found.add(key.skill());
                if (distinctive(key.forms())) strongly.add(key.skill());
            }
        }
        Skill nearRelated = relatedKeys.stream().filter(k -> containsAll(forms, k.forms())).map(Key::skill).findFirst().orElse(null);
        if (!found.isEmpty()) {
            Set<String> known = new HashSet<>();
            found.forEach(s -> known.addAll(vocabulary.get(s)));
            if (known.containsAll(left)) return matched(typed, found, null);
            // Other words beside a premium: its own name ("LLM fine-tuning with PyTorch") is the premium,
            // a general word of it ("LLM evaluation", "NVIDIA GPUs") may not be, so it is asked.
            Skill weak = found.stream().filter(s -> s.premium() && !strongly.contains(s)).findFirst().orElse(null);
            if (weak != null) return closeTo(typed, weak);
            if (nearRelated != null && nearRelated.premium()) return closeTo(typed, nearRelated);
            return matched(typed, found, "the rest is not a skill the guide prices");
        }
        if (nearRelated != null) return closeTo(typed, nearRelated);

        // The start of a long name: "Multi-cloud ML platform", "Compliance".
        Set<Skill> starts = new LinkedHashSet<>();
        if (forms.size() >= 2 || (forms.get(0).length() >= 5 && !GENERAL.contains(forms.get(0)))) {
            for (Key key : keys) if (startsWith(key.forms(), forms)) starts.add(key.skill());
        }
        if (starts.size() == 1) return matched(typed, List.copyOf(starts), null);
        if (starts.size() > 1) throw ambiguous(typed, starts);

        List<Suggestions.Scored<Skill>> near = suggestions.ranked(forms, Lexicon.rawForms(words));
        if (!near.isEmpty() && pricing(near.get(0).item())) {
            Skill best = near.get(0).item();
            if (best.premium()) return closeTo(typed, best);
            List<String> names = near.stream().filter(s -> pricing(s.item())).map(Suggestions.Scored::display).distinct().limit(3).toList();
            throw new UnknownNameException("skill", typed, "unknown skill \"" + typed + "\"; did you mean " + InputException.orList(names)
                    + "? " + best.name() + " counts toward a priced combination, so ratecard does not guess; expected the skill's "
                    + "name, or leave \"" + typed + "\" out", names);
        }
        // A hint only for a near-certain misspelling ("Pyhton"): a looser one would only distract.
        return notPriced(typed, near.isEmpty() || near.get(0).score() < HINT ? null : near.get(0).item());
    }

    private SkillMatch matched(String typed, List<Skill> skills, String extra) {
        List<Reading> readings = new ArrayList<>();
        for (Skill s : skills) readings.add(new Reading(Reading.Field.SKILL, typed, s.name(), s.id(), extra));
        return new SkillMatch(List.copyOf(skills), readings);
    }

    private SkillMatch notPriced(String typed, Skill near) {
        String note = near == null ? null : "close to " + near.name() + ", " + kind(near);
        return new SkillMatch(List.of(), List.of(new Reading(Reading.Field.SKILL, typed, null, null, note)));
    }

    private static String kind(Skill skill) {
        return switch (skill.kind()) {
            case PREMIUM -> "a premium skill";
            case TABLE_STAKES -> "an expected skill";
            case CERTIFICATION -> "a certification";
        };
    }

    /** Close to a premium skill, not it: asking is better than adding (or missing) $15K-$30K. */
    private SkillMatch closeTo(String typed, Skill premium) {
        throw new UnknownNameException("skill", typed, "skill \"" + typed + "\" is close to the premium skill \"" + premium.name()
                + "\" but not the same; did you mean \"" + premium.name() + "\"? It adds " + k(premium.premiumLow()) + "-"
                + k(premium.premiumHigh()) + ", so ratecard does not assume it: name it if the opening needs it, or leave \""
                + typed + "\" out (the notes can mention it)", List.of(premium.name()));
    }

    private UnknownNameException ambiguous(String typed, Set<Skill> skills) {
        List<String> names = skills.stream().map(Skill::name).toList();
        return new UnknownNameException("skill", typed, "skill \"" + typed + "\" could be " + InputException.orList(names)
                + "; expected one of them", names);
    }

    /** Names one skill by itself: two words or more, or a word of its own ("HIPAA", "vLLM"), not a general one ("LLM", "GPU"). */
    private static boolean distinctive(List<String> forms) {
        return forms.size() >= 2 || (forms.get(0).length() >= 4 && !GENERAL.contains(forms.get(0)));
    }

    private static boolean containsAll(List<String> words, List<String> wanted) {
        List<String> pool = new ArrayList<>(words);
        for (String w : wanted) if (!pool.remove(w)) return false;
        return true;
    }

    private static boolean startsWith(List<String> whole, List<String> start) {
        return start.size() < whole.size() && whole.subList(0, start.size()).equals(start);
    }

    private static String k(long dollars) {
        return String.format(Locale.ROOT, "$%,.0fK", dollars / 1000.0);
    }
}
