package com.ratecard.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads and validates a data folder. Every problem is collected and reported together as
 * {@code file:line: field: problem; expected ...}; nothing is returned unless all of it is valid.
 */
public final class MarketDataLoader {
    private static final String DOLLARS = "whole US dollars such as 150000";
    private static final String PERCENT = "a percentage such as 12.5";
    private static final Set<String> UNITS = Set.of("usd", "pct", "usd-per-hour", "days", "months", "weeks", "years",
            "hours", "ratio", "usd-billions", "year", "pct-per-year", "date");

    private final Problems problems = new Problems();

    private MarketDataLoader() {}

    public static MarketData load(Path dir) {
        return new MarketDataLoader().loadAll(dir);
    }

    private MarketData loadAll(Path dir) {
        List<Source> sources = sources(dir);
        List<Level> levels = levels(dir);
        List<Role> roles = roles(dir);
        List<Location> locations = locations(dir);
        checkMarkets(locations);
        List<Skill> skills = skills(dir);
        List<SourceRange> ranges = sourceRanges(dir, sources, levels, roles);
        List<SkillCombo> combos = combos(dir, skills);
        List<Guidance> guidance = guidance(dir, levels, locations);
        List<Fact> facts = facts(dir);
        Policy policy = policy(dir);
        Vocabulary vocabulary = new VocabularyLoader(dir, problems).load(levels, locations);
        checkAliases(roles, levels, locations, skills);
        problems.throwIfAny();
        return new MarketData(dir, sources, levels, ranges, roles, locations, skills, combos, guidance, facts, policy, vocabulary);
    }

    private List<Source> sources(Path dir) {
        CsvTable table = CsvTable.read(dir, "sources.csv", problems, "id", "name", "weight", "cite");
        Problems.Uniques ids = problems.uniques("id");
        List<Source> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.text("id");
            double weight = row.number("weight", "a positive weight such as 1");
            if (weight <= 0) row.problem("weight", weight + " is not positive; expected a weight above 0");
            if (ids.check(row, "id", id)) out.add(new Source(id, row.text("name"), weight, row.provenance()));
        }
        return out;
    }

    private List<Level> levels(Path dir) {
        CsvTable table = CsvTable.read(dir, "levels.csv", problems, "id", "name", "rank", "min_years", "max_years", "aliases", "cite");
        Problems.Uniques ids = problems.uniques("id");
        Problems.Uniques ranks = problems.uniques("rank");
        List<Level> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.text("id");
            int rank = (int) row.wholeNumber("rank", "a whole number, 1 for the lowest level");
            int min = (int) row.wholeNumber("min_years", "whole years such as 3");
            Integer max = row.optionalWholeNumber("max_years", "whole years such as 5, or empty for the top level");
            if (max != null) row.ordered("min_years", min, "max_years", max);
            ranks.check(row, "rank", Integer.toString(rank));
            if (ids.check(row, "id", id)) {
                out.add(new Level(id, row.text("name"), rank, min, max, row.list("aliases"), row.provenance()));
            }
        }
        return out;
    }

    private List<Role> roles(Path dir) {
        CsvTable table = CsvTable.read(dir, "roles.csv", problems, "id", "name", "national_low", "national_high",
                "senior_low", "senior_high", "per_level_data", "focus", "aliases", "cite");
        Problems.Uniques ids = problems.uniques("id");
        List<Role> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.text("id");
            long nl = dollars(row, "national_low");
            long nh = dollars(row, "national_high");
            long sl = dollars(row, "senior_low");
            long sh = dollars(row, "senior_high");
            row.ordered("national_low", nl, "national_high", nh);
            row.ordered("senior_low", sl, "senior_high", sh);
            if (ids.check(row, "id", id)) {
                out.add(new Role(id, row.text("name"), nl, nh, sl, sh, row.yesNo("per_level_data"),
                        row.optionalText("focus"), row.list("aliases"), row.provenance()));
            }
        }
        if (out.stream().noneMatch(Role::perLevelData) && !table.rows().isEmpty()) {
            problems.add("roles.csv", 1, "per_level_data", "no role has per-level data; expected at least one role with yes");
        }
        return out;
    }

    private List<Location> locations(Path dir) {
        CsvTable table = CsvTable.read(dir, "locations.csv", problems, "id", "name", "salary_low", "salary_high",
                "diff_low_pct", "diff_high_pct", "market", "note", "aliases", "cite");
        Problems.Uniques ids = problems.uniques("id");
        List<Location> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.text("id");
            long low = dollars(row, "salary_low");
            long high = dollars(row, "salary_high");
            double dl = row.number("diff_low_pct", PERCENT);
            double dh = row.number("diff_high_pct", PERCENT);
            row.ordered("salary_low", low, "salary_high", high);
            row.ordered("diff_low_pct", dl, "diff_high_pct", dh);
            if (dl <= -100) row.problem("diff_low_pct", dl + " would make pay negative; expected above -100");
            MarketKind market = MarketKind.parse(row.text("market"));
            if (market == null) {
                row.problem("market", "\"" + row.text("market") + "\" is not a market kind; expected one of "
                        + String.join(", ", MarketKind.ids()));
            }
            if (ids.check(row, "id", id) && market != null) {
                out.add(new Location(id, row.text("name"), low, high, dl, dh, market,
                        row.optionalText("note"), row.list("aliases"), row.provenance()));
            }
        }
        return out;
    }

    /** Premium metros are priced against the guidance markets, so there must be some, and one remote market. */
    private void checkMarkets(List<Location> locations) {
        if (locations.isEmpty()) return;
        if (locations.stream().noneMatch(l -> l.market() == MarketKind.GUIDANCE)) {
            problems.add("locations.csv", 0, "market", "no market of kind guidance; expected the markets the budget guidance describes");
        }
        if (locations.stream().filter(Location::remote).count() != 1) {
            problems.add("locations.csv", 0, "market", "expected exactly one market of kind remote");
        }
    }

    private List<Skill> skills(Path dir) {
        CsvTable table = CsvTable.read(dir, "skills.csv", problems, "id", "name", "kind", "premium_low", "premium_high",
                "effect", "aliases", "related", "cite");
        Problems.Uniques ids = problems.uniques("id");
        List<Skill> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.text("id");
            String kindText = row.text("kind");
            SkillKind kind = SkillKind.parse(kindText);
            if (kind == null) row.problem("kind", "\"" + kindText + "\" is not a skill kind; expected premium, table-stakes or certification");
            long low = dollars(row, "premium_low");
            long high = dollars(row, "premium_high");
            row.ordered("premium_low", low, "premium_high", high);
            if (kind != null && kind != SkillKind.PREMIUM && high > 0) {
                row.problem("premium_high", high + " for a " + kindText + " skill; expected 0 (only premium skills add pay)");
            }
            if (ids.check(row, "id", id) && kind != null) {
                out.add(new Skill(id, row.text("name"), kind, low, high, row.optionalText("effect"), row.list("aliases"),
                        row.list("related"), row.provenance()));
            }
        }
        return out;
    }

    private List<SourceRange> sourceRanges(Path dir, List<Source> sources, List<Level> levels, List<Role> roles) {
        CsvTable table = CsvTable.read(dir, "base-salary.csv", problems, "role", "level", "source", "low", "high", "cite");
        Map<String, Source> sourceById = sources.stream().collect(Collectors.toMap(Source::id, s -> s));
        Set<String> levelIds = levels.stream().map(Level::id).collect(Collectors.toSet());
        Map<String, Role> roleById = roles.stream().collect(Collectors.toMap(Role::id, r -> r));
        Problems.Uniques keys = problems.uniques("role/level/source");
        List<SourceRange> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String role = row.text("role");
            String level = row.text("level");
            String source = row.text("source");
            long low = dollars(row, "low");
            long high = dollars(row, "high");
            row.ordered("low", low, "high", high);
            boolean known = reference(row, "role", role, roleById.keySet())
                    & reference(row, "level", level, levelIds)
                    & reference(row, "source", source, sourceById.keySet());
            if (known && roleById.containsKey(role) && !roleById.get(role).perLevelData()) {
                row.problem("role", "\"" + role + "\" has per_level_data=no in roles.csv; expected a role marked yes");
            }
            if (keys.check(row, "role", role + "/" + level + "/" + source) && known) {
                out.add(new SourceRange(role, level, sourceById.get(source), low, high, row.provenance()));
            }
        }
        // Every role with per-level data needs every source at every level, or the blend would be skewed.
        if (!table.rows().isEmpty()) {
            for (Role role : roles) {
                if (!role.perLevelData()) continue;
                for (Level level : levels) {
                    for (Source source : sources) {
                        boolean present = out.stream().anyMatch(r -> r.roleId().equals(role.id())
                                && r.levelId().equals(level.id()) && r.source().id().equals(source.id()));
                        if (!present) problems.add("base-salary.csv", 0, "row", "missing " + role.id() + "/" + level.id()
                                + "/" + source.id() + "; expected a range from every source at every level");
                    }
                }
            }
        }
        return out;
    }

    private List<SkillCombo> combos(Path dir, List<Skill> skills) {
        CsvTable table = CsvTable.read(dir, "skill-combos.csv", problems, "id", "name", "requires", "cite");
        Set<String> skillIds = skills.stream().map(Skill::id).collect(Collectors.toSet());
        Problems.Uniques ids = problems.uniques("id");
        List<SkillCombo> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.text("id");
            List<String> requires = row.list("requires");
            boolean known = true;
            for (String skill : requires) known &= reference(row, "requires", skill, skillIds);
            if (requires.size() < 2) row.problem("requires", "names " + requires.size() + " skill(s); expected two or more separated by ;");
            if (ids.check(row, "id", id) && known) out.add(new SkillCombo(id, row.text("name"), requires, row.provenance()));
        }
        return out;
    }

    private List<Guidance> guidance(Path dir, List<Level> levels, List<Location> locations) {
        CsvTable table = CsvTable.read(dir, "guidance.csv", problems, "id", "level", "region", "low", "high", "unit", "cite");
        Set<String> levelIds = levels.stream().map(Level::id).collect(Collectors.toSet());
        Set<String> locationIds = locations.stream().map(Location::id).collect(Collectors.toSet());
        Problems.Uniques ids = problems.uniques("id");
        List<Guidance> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.text("id");
            List<String> levelList = row.list("level");
            for (String level : levelList) reference(row, "level", level, levelIds);
            String region = row.optionalText("region");
            if (!region.isEmpty()) reference(row, "region", region, locationIds);
            double low = row.number("low", "a number");
            double high = row.number("high", "a number");
            row.ordered("low", low, "high", high);
            String unit = unit(row);
            if (ids.check(row, "id", id)) out.add(new Guidance(id, levelList, region, low, high, unit, row.provenance()));
        }
        for (String required : List.of("addon-llm", "addon-clearance", "total-comp-uplift", "contract-hourly",
                "remote-discount", "mlops-over-devops", "time-to-fill")) {
            if (!table.rows().isEmpty() && out.stream().noneMatch(g -> g.id().equals(required))) {
                problems.add("guidance.csv", 0, "id", "missing \"" + required + "\"; expected a row with that id");
            }
        }
        if (!table.rows().isEmpty() && out.stream().noneMatch(g -> g.id().startsWith("budget-") && g.regionId().isEmpty())) {
            problems.add("guidance.csv", 0, "id", "no budget-* row without region; expected budget guidance for at least one level");
        }
        return out;
    }

    private List<Fact> facts(Path dir) {
        CsvTable table = CsvTable.read(dir, "facts.csv", problems, "id", "low", "high", "unit", "statement", "cite");
        Problems.Uniques ids = problems.uniques("id");
        List<Fact> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.text("id");
            double low = row.number("low", "a number");
            double high = row.number("high", "a number");
            row.ordered("low", low, "high", high);
            String unit = unit(row);
            if (ids.check(row, "id", id)) out.add(new Fact(id, low, high, unit, row.text("statement"), row.provenance()));
        }
        return out;
    }

    private Policy policy(Path dir) {
        CsvTable table = CsvTable.read(dir, "policy.csv", problems, "key", "value", "unit", "description");
        Problems.Uniques keys = problems.uniques("key");
        Map<PolicyKey, PolicyValue> values = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String text = row.text("key");
            PolicyKey key = PolicyKey.of(text);
            String value = row.text("value");
            String unit = unit(row);
            if (key == null) {
                row.problem("key", "\"" + text + "\" is not a policy setting; expected one of "
                        + String.join(", ", java.util.Arrays.stream(PolicyKey.values()).map(PolicyKey::key).toList()));
            } else if (!key.unit().equals(unit)) {
                row.problem("unit", "\"" + unit + "\" for " + text + "; expected " + key.unit());
            }
            if (unit.equals("date")) {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    row.problem("value", "\"" + value + "\" is not a date; expected YYYY-MM-DD");
                }
            } else {
                double number = row.number("value", "a number");
                if (number < 0) row.problem("value", value + " is negative; expected 0 or more");
            }
            if (keys.check(row, "key", text) && key != null) {
                String description = row.text("description");
                values.put(key, new PolicyValue(key, value, unit, description,
                        new Provenance("policy.csv", row.line(), "agency policy: " + description)));
            }
        }
        if (!table.rows().isEmpty()) {
            for (PolicyKey key : PolicyKey.values()) {
                if (!values.containsKey(key)) {
                    problems.add("policy.csv", 0, "key", "missing \"" + key.key() + "\"; expected a row for it (unit " + key.unit() + ")");
                }
            }
        }
        return new Policy(values);
    }

    /** Two rows of one kind must not share a name or alias, or lookups would be ambiguous. */
    private void checkAliases(List<Role> roles, List<Level> levels, List<Location> locations, List<Skill> skills) {
        aliasClashes("roles.csv", roles.stream().map(r -> new Named(r.provenance().line(), MarketData.keys(r.id(), r.name(), r.aliases()))).toList());
        aliasClashes("levels.csv", levels.stream().map(r -> new Named(r.provenance().line(), MarketData.keys(r.id(), r.name(), r.aliases()))).toList());
        aliasClashes("locations.csv", locations.stream().map(r -> new Named(r.provenance().line(), MarketData.keys(r.id(), r.name(), r.aliases()))).toList());
        aliasClashes("skills.csv", skills.stream().map(r -> new Named(r.provenance().line(), MarketData.keys(r.id(), r.name(), r.aliases()))).toList());
    }

    private record Named(int line, List<String> keys) {}

    private void aliasClashes(String file, List<Named> rows) {
        Map<String, Integer> owner = new HashMap<>();
        for (Named row : rows) {
            Set<String> own = new HashSet<>();
            for (String key : row.keys()) {
                String normal = NameIndex.normalize(key);
                if (!own.add(normal)) continue;
                Integer first = owner.putIfAbsent(normal, row.line());
                if (first != null) {
                    problems.add(file, row.line(), "aliases", "\"" + key + "\" already names the row on line " + first
                            + "; expected each name and alias once");
                }
            }
        }
    }

    private static long dollars(CsvTable.Row row, String column) {
        long value = row.wholeNumber(column, DOLLARS);
        row.atLeast(column, value, 0, "0 or more");
        return value;
    }

    private static String unit(CsvTable.Row row) {
        String unit = row.text("unit");
        if (!unit.isEmpty() && !UNITS.contains(unit)) {
            row.problem("unit", "\"" + unit + "\" is not a known unit; expected one of " + String.join(", ", new java.util.TreeSet<>(UNITS)));
        }
        return unit;
    }

    private static boolean reference(CsvTable.Row row, String field, String id, Set<String> known) {
        if (id.isEmpty() || known.contains(id)) return !id.isEmpty();
        row.problem(field, "unknown " + field + " \"" + id + "\"; expected one of " + String.join(", ", new java.util.TreeSet<>(known)));
        return false;
    }
}
