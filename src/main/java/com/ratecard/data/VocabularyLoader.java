package com.ratecard.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads the files that teach matching the words of openings (places, states, places abroad,
 * seniority words, synonyms), reporting problems into the loader's shared list like every other file.
 */
final class VocabularyLoader {
    private final Path dir;
    private final Problems problems;

    VocabularyLoader(Path dir, Problems problems) {
        this.dir = dir;
        this.problems = problems;
    }

    Vocabulary load(List<Level> levels, List<Location> locations) {
        List<UsState> states = states();
        return new Vocabulary(places(states, locations), states, abroad(), levelWords(levels), synonyms());
    }

    private List<UsState> states() {
        CsvTable table = CsvTable.read(dir, "us-states.csv", problems, "code", "name");
        Problems.Uniques codes = problems.uniques("code");
        Problems.Uniques names = problems.uniques("name");
        List<UsState> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.text("code").toUpperCase(Locale.ROOT);
            String name = row.text("name");
            boolean valid = code.matches("[A-Z]{2}");
            if (!valid) row.problem("code", "\"" + code + "\" is not a postal code; expected two letters such as CA");
            if (codes.check(row, "code", code) & names.check(row, "name", name) && valid) out.add(new UsState(code, name, provenance(row)));
        }
        return out;
    }

    private List<Place> places(List<UsState> states, List<Location> locations) {
        CsvTable table = CsvTable.read(dir, "places.csv", problems, "place", "state", "location", "note");
        Set<String> codes = states.stream().map(UsState::code).collect(Collectors.toSet());
        Set<String> locationIds = locations.stream().map(Location::id).collect(Collectors.toSet());
        Problems.Uniques keys = problems.uniques("place");
        List<Place> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String name = row.text("place");
            String state = row.text("state").toUpperCase(Locale.ROOT);
            String location = row.text("location");
            boolean known = known(row, "state", state, codes, "us-states.csv") & known(row, "location", location, locationIds, "locations.csv");
            if (keys.check(row, "place", name + ", " + state) && known) {
                out.add(new Place(name, state, location, row.optionalText("note"), provenance(row)));
            }
        }
        return out;
    }

    private List<ForeignPlace> abroad() {
        CsvTable table = CsvTable.read(dir, "outside-us.csv", problems, "place", "country");
        Problems.Uniques names = problems.uniques("place");
        List<ForeignPlace> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String name = row.text("place");
            String country = row.text("country");
            if (names.check(row, "place", name)) out.add(new ForeignPlace(name, country, provenance(row)));
        }
        return out;
    }

    private List<LevelWord> levelWords(List<Level> levels) {
        CsvTable table = CsvTable.read(dir, "level-words.csv", problems, "word", "levels", "note");
        Set<String> ids = levels.stream().map(Level::id).collect(Collectors.toSet());
        // A word of levels.csv already names exactly one level: saying it again here would be a second definition.
        Set<String> levelNames = new HashSet<>();
        for (Level level : levels) MarketData.keys(level.id(), level.name(), level.aliases()).forEach(k -> levelNames.add(NameIndex.normalize(k)));
        Problems.Uniques words = problems.uniques("word");
        List<LevelWord> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String word = row.text("word");
            List<String> levelIds = row.list("levels");
            boolean known = !levelIds.isEmpty();
            if (levelIds.isEmpty()) row.problem("levels", "empty; expected one or more level ids separated by ;");
            for (String id : levelIds) known &= known(row, "levels", id, ids, "levels.csv");
            if (levelNames.contains(NameIndex.normalize(word))) {
                row.problem("word", "\"" + word + "\" is already a level id, name or alias in levels.csv; expected each word once");
                known = false;
            }
            if (words.check(row, "word", word) && known) out.add(new LevelWord(word, levelIds, row.text("note"), provenance(row)));
        }
        return out;
    }

    private List<Synonym> synonyms() {
        CsvTable table = CsvTable.read(dir, "synonyms.csv", problems, "word", "written_as");
        Problems.Uniques forms = problems.uniques("written_as");
        List<Synonym> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String word = row.text("word");
            List<String> writtenAs = row.list("written_as");
            if (writtenAs.isEmpty()) row.problem("written_as", "empty; expected the other ways of writing \"" + word + "\", separated by ;");
            boolean unique = true;
            for (String form : writtenAs) unique &= forms.check(row, "written_as", form);
            if (unique && !word.isEmpty()) out.add(new Synonym(word, writtenAs, provenance(row)));
        }
        return out;
    }

    private static Provenance provenance(CsvTable.Row row) {
        return new Provenance(row.file(), row.line(), "agency convention");
    }

    private static boolean known(CsvTable.Row row, String field, String value, Set<String> known, String where) {
        if (value.isEmpty() || known.contains(value)) return !value.isEmpty();
        row.problem(field, "unknown " + field + " \"" + value + "\"; expected one of " + where + ": "
                + String.join(", ", new TreeSet<>(known)));
        return false;
    }
}
