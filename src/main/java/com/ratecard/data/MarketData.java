package com.ratecard.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Everything loaded from a data folder, validated; immutable and safe to share between threads. */
public final class MarketData {
    private final Path dir;
    private final List<Source> sources;
    private final List<SourceRange> sourceRanges;
    private final List<Guidance> guidance;
    private final List<SkillCombo> combos;
    private final List<Fact> facts;
    private final Policy policy;
    private final NameIndex<Role> roles;
    private final NameIndex<Level> levels;
    private final NameIndex<Location> locations;
    private final NameIndex<Skill> skills;
    private final Vocabulary vocabulary;

    MarketData(Path dir, List<Source> sources, List<Level> levels, List<SourceRange> sourceRanges, List<Role> roles,
               List<Location> locations, List<Skill> skills, List<SkillCombo> combos, List<Guidance> guidance,
               List<Fact> facts, Policy policy, Vocabulary vocabulary) {
        this.dir = dir;
        this.sources = List.copyOf(sources);
        this.sourceRanges = List.copyOf(sourceRanges);
        this.guidance = List.copyOf(guidance);
        this.combos = List.copyOf(combos);
        this.facts = List.copyOf(facts);
        this.policy = policy;
        this.roles = new NameIndex<>("role", roles, Role::name, r -> keys(r.id(), r.name(), r.aliases()));
        this.levels = new NameIndex<>("level", levels, Level::id, l -> keys(l.id(), l.name(), l.aliases()));
        this.locations = new NameIndex<>("location", locations, Location::name, l -> keys(l.id(), l.name(), l.aliases()));
        this.skills = new NameIndex<>("skill", skills, Skill::name, s -> keys(s.id(), s.name(), s.aliases()));
        this.vocabulary = vocabulary;
    }

    static List<String> keys(String id, String name, List<String> aliases) {
        return Stream.concat(Stream.of(id, name), aliases.stream()).toList();
    }

    public Path dir() { return dir; }
    public List<Source> sources() { return sources; }
    public List<SourceRange> sourceRanges() { return sourceRanges; }
    public List<Guidance> guidance() { return guidance; }
    public List<SkillCombo> combos() { return combos; }
    public List<Fact> facts() { return facts; }
    public Policy policy() { return policy; }
    public NameIndex<Role> roles() { return roles; }
    public NameIndex<Level> levels() { return levels; }
    public NameIndex<Location> locations() { return locations; }
    public NameIndex<Skill> skills() { return skills; }
    /** Places, states, seniority words and synonyms: what matching an opening's words needs beyond the guide's names. */
    public Vocabulary vocabulary() { return vocabulary; }

    public List<SourceRange> rangesFor(String roleId, String levelId) {
        return sourceRanges.stream().filter(r -> r.roleId().equals(roleId) && r.levelId().equals(levelId)).toList();
    }

    public Guidance guidance(String id) {
        return guidance.stream().filter(g -> g.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("guidance " + id + " missing"));
    }

    public Fact fact(String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("fact " + id + " missing"));
    }

    /** Budget guidance for a level in the typical market (no region), if the guide gives one. */
    public Optional<Guidance> budgetGuidance(String levelId) {
        return guidance.stream().filter(g -> g.id().startsWith("budget-") && g.regionId().isEmpty()
                && g.levelIds().contains(levelId)).findFirst();
    }

    /** Budget guidance the guide gives for a region and level, if any. */
    public Optional<Guidance> regionalGuidance(String locationId, String levelId) {
        return guidance.stream().filter(g -> g.id().startsWith("budget-") && g.regionId().equals(locationId)
                && g.levelIds().contains(levelId)).findFirst();
    }

    /** Levels in rank order, lowest first. */
    public List<Level> levelsByRank() {
        return levels.items().stream().sorted(java.util.Comparator.comparingInt(Level::rank)).toList();
    }

    /** The level a number of years of experience falls in: each level starts at its minimum years. */
    public Level levelForYears(double years) {
        Level chosen = levelsByRank().get(0);
        for (Level level : levelsByRank()) if (years >= level.minYears()) chosen = level;
        return chosen;
    }
}
