package com.ratecard.data.match;

import com.ratecard.data.InputException;
import com.ratecard.data.MarketData;
import com.ratecard.data.Opening;
import com.ratecard.data.Skill;
import com.ratecard.data.WorkArrangement;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that reads what an account manager typed: the title as a role and its seniority
 * words, the level, years, place and skills, for the CLI, the batches and the web form alike.
 * {@link #match} returns what was understood or throws an {@link InputException} (usually an
 * {@code UnknownNameException} with suggestions) saying what could not be read and what was
 * expected. Built once per data folder (an engine keeps one); safe to share between threads.
 */
public final class OpeningMatcher {
    /** What happens to a skill the guide does not price: listed as such, or an error ({@code --strict}). */
    public enum Unpriced { ACCEPT, REFUSE }

    private final MarketData data;
    private final Unpriced unpriced;
    private final Memo<String, TitleMatcher.TitleMatch> titles;
    private final LevelMatcher levels;
    private final Memo<Place, PlaceMatcher.PlaceMatch> places;
    private final Memo<String, SkillMatcher.SkillMatch> skills;

    private record Place(String typed, WorkArrangement arrangement) {}

    public OpeningMatcher(MarketData data) {
        this(data, Unpriced.ACCEPT);
    }

    public OpeningMatcher(MarketData data, Unpriced unpriced) {
        this.data = data;
        this.unpriced = unpriced;
        Lexicon lexicon = new Lexicon(data.vocabulary().synonyms());
        LevelWords levelWords = new LevelWords(data, lexicon);
        TitleMatcher titleMatcher = new TitleMatcher(data, lexicon, levelWords);
        PlaceMatcher placeMatcher = new PlaceMatcher(data, lexicon);
        SkillMatcher skillMatcher = new SkillMatcher(data, lexicon);
        this.titles = new Memo<>(titleMatcher::match);
        this.levels = new LevelMatcher(data, lexicon, levelWords);
        this.places = new Memo<>(p -> placeMatcher.match(p.typed(), p.arrangement()));
        this.skills = new Memo<>(skillMatcher::match);
    }

    /** Reads one opening with a matcher made for it (tests, one-off calls); an engine keeps one matcher. */
    public static Interpretation match(MarketData data, Opening opening) {
        return new OpeningMatcher(data).match(opening);
    }

    public MarketData data() {
        return data;
    }

    public Unpriced unpriced() {
        return unpriced;
    }

    public Interpretation match(Opening opening) {
        TitleMatcher.TitleMatch title = titles.get(opening.role());
        LevelMatcher.LevelMatch level = levels.match(opening.level(), opening.years(), opening.role(),
                opening.levelOverridesTitle() ? List.of() : title.levelHits());
        PlaceMatcher.PlaceMatch place = places.get(new Place(opening.location(), opening.workArrangement()));
        List<Skill> found = new ArrayList<>();
        List<String> notPriced = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading(Reading.Field.ROLE, opening.role(), title.role().name(), title.role().id(), title.note()));
        readings.add(level.reading());
        readings.add(place.reading());
        for (String typed : opening.skills()) {
            SkillMatcher.SkillMatch match = skills.get(typed);
            for (Skill s : match.skills()) if (!found.contains(s)) found.add(s);
            if (match.skills().isEmpty()) notPriced.add(typed);
            readings.addAll(match.readings());
        }
        if (unpriced == Unpriced.REFUSE && !notPriced.isEmpty()) {
            throw new InputException("skills", (notPriced.size() == 1 ? "skill " : "skills ") + InputException.orList(notPriced)
                    .replace("\" or \"", "\", \"") + (notPriced.size() == 1 ? " is" : " are") + " not priced by the guide (--strict); "
                    + "expected skills the guide names (ratecard skills lists them), or no --strict to list "
                    + (notPriced.size() == 1 ? "it" : "them") + " as not priced");
        }
        return new Interpretation(title.role(), level.level(), place.location(), found, notPriced, readings, place.placeAsTyped());
    }
}
