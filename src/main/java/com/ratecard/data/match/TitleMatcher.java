package com.ratecard.data.match;

import com.ratecard.data.InputException;
import com.ratecard.data.MarketData;
import com.ratecard.data.Role;
import com.ratecard.data.UnknownNameException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a job title as a role and the seniority words it carries. The seniority words
 * ({@link LevelWords}) come out first; the rest must name a role through roles.csv's names and
 * aliases, in any word order ("Platform Engineer - ML" is "ML Platform Engineer"). When the whole
 * title does not, one of its parts may ("MLOps Engineer (Payments)"). Immutable.
 */
final class TitleMatcher {
    /** The role a title names, its seniority words, and a note when part of the title was set aside. */
    record TitleMatch(Role role, List<LevelWords.Hit> levelHits, String note) {}

    /** Words that join a title's words without telling roles apart. */
    static final Set<String> FILLER = Set.of("a", "an", "the", "and", "or", "of", "for", "with", "in", "on", "at", "to", "level");
    private static final String ENGINEER = "engineer";
    private static final Pattern PARTS = Pattern.compile("\\s+[-/|:]\\s+|[,;()\\[\\]|\u2013\u2014]");

    private final Lexicon lexicon;
    private final LevelWords levelWords;
    private final List<Role> roles;
    private final Map<String, Set<Role>> byWords = new HashMap<>();
    private final Suggestions<Role> suggestions;

    TitleMatcher(MarketData data, Lexicon lexicon, LevelWords levelWords) {
        this.lexicon = lexicon;
        this.levelWords = levelWords;
        this.roles = data.roles().items();
        List<Suggestions.Key<Role>> keys = new ArrayList<>();
        for (Role role : roles) {
            // An id is a slug: "ml-engineer" is the words "ml engineer", not one word.
            for (String written : Stream.concat(Stream.of(role.id().replace('-', ' '), role.name()), role.aliases().stream()).toList()) {
                // An alias such as "senior data engineer with ML experience" names the role; its seniority is the title's to say.
                Parts parts = parts(written);
                if (parts.roleForms().isEmpty()) continue;
                byWords.computeIfAbsent(key(parts.roleForms()), k -> new LinkedHashSet<>()).add(role);
                // Written as one word too: "data-engineer", "DataEngineer".
                byWords.computeIfAbsent(Lexicon.compact(parts.roleForms()), k -> new LinkedHashSet<>()).add(role);
                keys.add(new Suggestions.Key<>(role, role.name(), parts.roleForms(), parts.rawForms()));
            }
        }
        this.suggestions = new Suggestions<>(() -> keys);
    }

    private record Parts(List<LevelWords.Hit> hits, List<String> roleForms, List<String> rawForms) {}

    private Parts parts(String text) {
        List<Lexicon.Word> words = lexicon.words(text);
        List<LevelWords.Hit> hits = levelWords.find(words, text);
        List<Lexicon.Word> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int index = i;
            if (hits.stream().noneMatch(h -> index >= h.from() && index < h.to()) && !FILLER.contains(words.get(i).form())) {
                rest.add(words.get(i));
            }
        }
        List<String> raw = Lexicon.rawForms(rest).stream().filter(f -> !FILLER.contains(f)).toList();
        return new Parts(hits, lexicon.forms(rest), raw);
    }

    /** Word order does not tell titles apart: "Engineer, Data" is "Data Engineer" (but two nouns are two). */
    private static String key(List<String> forms) {
        return String.join(" ", forms.stream().sorted().toList());
    }

    private Set<Role> lookup(List<String> forms) {
        Set<Role> found = byWords.getOrDefault(key(forms), Set.of());
        return found.isEmpty() ? byWords.getOrDefault(Lexicon.compact(forms), Set.of()) : found;
    }

    TitleMatch match(String title) {
        Parts whole = parts(title);
        if (whole.roleForms().isEmpty()) {
            if (!whole.hits().isEmpty()) {
                throw new UnknownNameException("role", title, "the title \"" + title + "\" says a level ("
                        + whole.hits().get(0).entry().preferred().name() + ") but no role; expected a role such as "
                        + orList(roleNames()) + " (ratecard roles lists the titles each is known by)", List.of());
            }
            throw new InputException("role", "the title \"" + title + "\" has no words; expected a role such as " + orList(roleNames()));
        }
        Set<Role> found = lookup(whole.roleForms());
        if (found.size() == 1) return new TitleMatch(found.iterator().next(), whole.hits(), null);
        if (found.size() > 1) throw ambiguous(title, found);

        // One part of the title may name the role: "Senior MLOps Engineer - Payments", "MLOps Engineer (Contract)";
        // failing that, a part without its noun: "Software Engineer, ML Infrastructure".
        for (boolean withNoun : new boolean[] {false, true}) {
            Set<Role> byPart = new LinkedHashSet<>();
            List<String> named = new ArrayList<>();
            for (String part : PARTS.split(title)) {
                List<String> forms = new ArrayList<>(parts(part).roleForms());
                if (forms.isEmpty() || (withNoun && forms.contains(ENGINEER))) continue;
                if (withNoun) forms.add(ENGINEER);
                Set<Role> roles = lookup(forms);
                if (roles.size() == 1) {
                    byPart.addAll(roles);
                    named.add(part.strip());
                }
            }
            if (byPart.size() == 1) {
                Role role = byPart.iterator().next();
                return new TitleMatch(role, whole.hits(), "title read as " + role.name() + " from \""
                        + String.join("\", \"", named) + "\"; the rest of it names no role");
            }
            if (byPart.size() > 1) throw ambiguous(title, byPart);
        }

        List<String> names = suggestions.names(whole.roleForms(), whole.rawForms());
        if (!names.isEmpty()) {
            throw new UnknownNameException("role", title, "unknown role \"" + title + "\"; did you mean " + InputException.orList(names) + "?",
                    names);
        }
        throw new UnknownNameException("role", title, "unknown role \"" + title + "\": the guide prices only "
                + andList(roleNames()) + "; expected one of them or a title they are known by (ratecard roles lists them)",
                List.of());
    }

    private UnknownNameException ambiguous(String title, Set<Role> found) {
        List<String> names = found.stream().map(Role::name).toList();
        return new UnknownNameException("role", title, "the title \"" + title + "\" names more than one role ("
                + String.join(", ", names) + "); expected one role per opening", names);
    }

    private List<String> roleNames() {
        return roles.stream().map(Role::name).toList();
    }

    /** "a, b, c or d", unquoted: role names read as a sentence. */
    static String orList(List<String> names) {
        return joined(names, " or ");
    }

    static String andList(List<String> names) {
        return joined(names, " and ");
    }

    private static String joined(List<String> names, String last) {
        if (names.size() <= 1) return String.join("", names);
        return String.join(", ", names.subList(0, names.size() - 1)) + last + names.get(names.size() - 1);
    }
}
