package com.ratecard.data.match;

import com.ratecard.data.ForeignPlace;
import com.ratecard.data.Location;
import com.ratecard.data.MarketData;
import com.ratecard.data.OpeningFields;
import com.ratecard.data.Place;
import com.ratecard.data.UnknownNameException;
import com.ratecard.data.UsState;
import com.ratecard.data.WorkArrangement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a place as one of the guide's markets: the markets' own names and aliases
 * (locations.csv), "City, ST" and state names (us-states.csv), suburbs and neighbours
 * (places.csv: Jersey City is New York City), any other US place as most US markets
 * ({@code us-national}), and places abroad (outside-us.csv) as a clear error. A name that could be
 * two places (Aurora, CO or IL) is an error naming both. Work-arrangement words ("Hybrid - Boston",
 * "Remote (US)") are set aside; a remote hire is priced as the remote market. Immutable.
 */
final class PlaceMatcher {
    /** The market, how the place was read, and the place in the client's words. */
    record PlaceMatch(Location location, Reading reading, String placeAsTyped) {}

    /** The market and what to say about it; null note when the place is the market's own name. */
    private record Found(Location location, String note) {}

    static final String NATIONAL = "us-national";
    private static final Set<String> ARRANGEMENT = Set.of("remote", "hybrid", "onsite", "office", "wfh", "fully", "telecommute",
            "distributed", "anywhere", "only", "based", "usbased");
    private static final Set<String> REMOTE = Set.of("remote", "wfh", "anywhere", "telecommute", "distributed");
    private static final Set<String> REGION = Set.of("greater", "area", "metro", "metropolitan", "region", "in", "the", "near",
            "around", "within");
    private static final Set<String> COUNTRY_US = Set.of("us", "usa", "unitedstate", "unitedstatesofamerica", "america");

    private final Lexicon lexicon;
    private final List<Location> markets;
    private final Location remote;
    private final Location national;
    private final Map<String, Location> marketByName = new HashMap<>();
    private final Map<String, List<Place>> placesByName = new HashMap<>();
    private final Map<String, UsState> stateByName = new HashMap<>();
    private final Map<String, ForeignPlace> abroadByName = new HashMap<>();
    private final Map<String, Set<String>> marketsByState = new HashMap<>();
    private final Map<String, Set<String>> statesByMarket = new HashMap<>();
    private final Suggestions<String> suggestions;

    PlaceMatcher(MarketData data, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.markets = data.locations().items();
        this.remote = markets.stream().filter(Location::remote).findFirst().orElse(null);
        this.national = markets.stream().filter(l -> l.id().equals(NATIONAL)).findFirst().orElse(null);
        for (Location market : markets) {
            for (String written : names(market)) marketByName.putIfAbsent(name(written), market);
        }
        for (Place place : data.vocabulary().places()) {
            placesByName.computeIfAbsent(name(place.name()), k -> new ArrayList<>()).add(place);
            if (!place.locationId().equals(NATIONAL)) {
                marketsByState.computeIfAbsent(place.stateCode(), k -> new LinkedHashSet<>()).add(place.locationId());
            }
            statesByMarket.computeIfAbsent(place.locationId(), k -> new LinkedHashSet<>()).add(place.stateCode());
        }
        for (UsState state : data.vocabulary().states()) {
            stateByName.put(name(state.code()), state);
            stateByName.put(name(state.name()), state);
        }
        for (ForeignPlace place : data.vocabulary().abroad()) abroadByName.putIfAbsent(name(place.name()), place);
        this.suggestions = new Suggestions<>(() -> suggestionKeys(data));
    }

    private static List<String> names(Location market) {
        return Stream.concat(Stream.of(market.id(), market.name()), market.aliases().stream()).toList();
    }

    /** What a misspelt place may have meant: markets, US places (as "City, ST") and states; never a place abroad. */
    private List<Suggestions.Key<String>> suggestionKeys(MarketData data) {
        List<Suggestions.Key<String>> keys = new ArrayList<>();
        for (Location market : markets) {
            if (!market.remote()) for (String written : names(market)) keys.add(key(written, market.name()));
        }
        for (Place place : data.vocabulary().places()) {
            Location own = marketByName.get(name(place.name()));
            // A market's own city ("Seattle") is offered as the market, not again as "Seattle, WA".
            if (own == null || !own.id().equals(place.locationId())) keys.add(key(place.name(), place.name() + ", " + place.stateCode()));
        }
        for (UsState state : data.vocabulary().states()) keys.add(key(state.name(), state.name()));
        return keys;
    }

    private Suggestions.Key<String> key(String written, String display) {
        List<Lexicon.Word> words = lexicon.words(written);
        return new Suggestions.Key<>(display, display, lexicon.forms(words), Lexicon.rawForms(words));
    }

    private String name(String text) {
        return Lexicon.compact(lexicon.forms(lexicon.words(text)));
    }

    PlaceMatch match(String typed, WorkArrangement arrangement) {
        List<Lexicon.Word> words = lexicon.words(typed);
        // Work-arrangement words and numbers (a ZIP code) say nothing about the market.
        List<Lexicon.Word> place = words.stream().filter(w -> !ARRANGEMENT.contains(w.form()) && !isNumber(w.form())).toList();
        boolean remoteHire = arrangement == WorkArrangement.REMOTE || OpeningFields.isRemoteName(typed)
                || words.stream().anyMatch(w -> REMOTE.contains(w.form()));
        String placeText = typedSpan(typed, place);
        if (place.isEmpty() || (remoteHire && isUs(place))) {
            if (remoteHire && remote != null) {
                return new PlaceMatch(remote, new Reading(Reading.Field.LOCATION, typed, remote.name(), remote.id(), null), "Remote");
            }
            throw new UnknownNameException("location", typed, "location \"" + typed + "\" says how the hire works but not where; "
                    + "expected the city they work in, such as \"Hybrid - Boston\"" + (remote == null ? "" : ", or remote"), List.of());
        }
        Found found = resolve(typed, placeText, place);
        if (remoteHire && remote != null) {
            return new PlaceMatch(remote, new Reading(Reading.Field.LOCATION, typed, remote.name(), remote.id(),
                    "a remote hire for a client in " + placeText + ": priced as " + remote.name() + " wherever the hire lives"), "Remote");
        }
        return new PlaceMatch(found.location(), new Reading(Reading.Field.LOCATION, typed, found.location().name(),
                found.location().id(), found.note()), placeText);
    }

    private boolean isUs(List<Lexicon.Word> words) {
        return COUNTRY_US.contains(Lexicon.compact(lexicon.forms(words.stream().filter(w -> !REGION.contains(w.form())).toList())));
    }

    private static boolean isNumber(String form) {
        return !form.isEmpty() && form.chars().allMatch(Character::isDigit);
    }

    private Found resolve(String typed, String placeText, List<Lexicon.Word> words) {
        Optional<Found> found = exactOrBare(typed, placeText, words);
        if (found.isPresent()) return found.get();
        Optional<Found> split = cityAndState(typed, placeText, words);
        if (split.isPresent()) return split.get();
        // "Greater Boston Area", "New York City Metro": the region words don't change the place.
        List<Lexicon.Word> core = words.stream().filter(w -> !REGION.contains(w.form())).toList();
        if (!core.isEmpty() && core.size() < words.size()) {
            found = exactOrBare(typed, typedSpan(typed, core), core);
            if (found.isPresent()) return found.get();
        }
        List<String> names = suggestions.names(lexicon.forms(words), Lexicon.rawForms(words));
        if (!names.isEmpty()) {
            throw new UnknownNameException("location", typed, "unknown location \"" + typed + "\"; did you mean "
                    + com.ratecard.data.InputException.orList(names) + "?", names);
        }
        throw new UnknownNameException("location", typed, "unknown location \"" + typed + "\"; expected a US city (with its "
                + "state, such as \"Tulsa, OK\", for a place the guide lists no market for), a US state, remote, or one of "
                + "the guide's markets: " + String.join(", ", markets.stream().filter(l -> !l.remote()).map(Location::name).toList()),
                List.of());
    }

    /** The whole text as a market, a known US place, a state, or a place abroad. */
    private Optional<Found> exactOrBare(String typed, String placeText, List<Lexicon.Word> words) {
        String name = Lexicon.compact(lexicon.forms(words));
        Location market = marketByName.get(name);
        if (market != null) return Optional.of(new Found(market, marketNote(placeText, market)));

        // Every place the name could be, by market: one market is an answer, several an error naming them.
        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        List<Place> places = placesByName.getOrDefault(name, List.of());
        for (Place p : places) outcomes.computeIfAbsent(p.locationId(), k -> new ArrayList<>()).add(p.name() + ", " + p.stateCode());
        UsState state = stateByName.get(name);
        ForeignPlace abroad = abroadByName.get(name);
        int answers = outcomes.size() + (state != null ? 1 : 0) + (abroad != null ? 1 : 0);
        if (answers == 1 && !places.isEmpty()) {
            Place p = places.get(0);
            Location location = location(p.locationId());
            String shown = places.size() == 1 ? p.name() + ", " + p.stateCode() : placeText;
            return Optional.of(new Found(location, p.note().isEmpty() || places.size() > 1 ? placeNote(shown, location) : p.note()));
        }
        if (answers == 1 && state != null) return Optional.of(state(typed, state));
        if (answers == 1 && abroad != null) throw outsideUs(typed, abroad.country());
        if (answers > 1) {
            List<String> readings = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : outcomes.entrySet()) {
                Location l = location(e.getKey());
                readings.add(String.join(" or ", e.getValue()) + " (" + marketPhrase(l) + ")");
            }
            if (state != null) readings.add("the state of " + state.name() + (marketsByState.containsKey(state.code())
                    ? " (name a city, such as \"" + exampleCity(state.code(), null) + ", " + state.code() + "\")" : " (most US markets)"));
            if (abroad != null) readings.add(abroad.name() + " in " + abroad.country() + " (outside the US, which the guide does not cover)");
            String example = places.isEmpty() ? typed + ", ST" : places.get(0).name() + ", " + places.get(0).stateCode();
            List<String> offered = outcomes.values().stream().flatMap(List::stream).toList();
            throw new UnknownNameException("location", typed, "location \"" + typed + "\" could be " + String.join(", or ", readings)
                    + "; expected the place with its state, such as \"" + example + "\"", offered);
        }
        return Optional.empty();
    }

    /** "City, ST", "City ST", "City, State", "City, Country". */
    private Optional<Found> cityAndState(String typed, String placeText, List<Lexicon.Word> words) {
        int comma = placeText.lastIndexOf(',');
        List<Lexicon.Word> city;
        List<Lexicon.Word> region;
        String cityText;
        if (comma > 0) {
            cityText = placeText.substring(0, comma).strip();
            city = lexicon.words(cityText);
            region = lexicon.words(placeText.substring(comma + 1));
        } else {
            int cut = -1;
            for (int n = Math.min(2, words.size() - 1); n >= 1 && cut < 0; n--) {
                if (stateByName.containsKey(Lexicon.compact(lexicon.forms(words.subList(words.size() - n, words.size()))))) {
                    cut = words.size() - n;
                }
            }
            if (cut < 0) return Optional.empty();
            city = words.subList(0, cut);
            region = words.subList(cut, words.size());
            cityText = typedSpan(typed, city);
        }
        if (city.isEmpty() || region.isEmpty()) return Optional.empty();
        String regionName = Lexicon.compact(lexicon.forms(region));
        if (COUNTRY_US.contains(regionName)) return exactOrBare(typed, cityText, city);
        UsState state = stateByName.get(regionName);
        if (state != null) {
            String cityName = Lexicon.compact(lexicon.forms(city));
            String shown = cityText + ", " + state.code();
            for (Place p : placesByName.getOrDefault(cityName, List.of())) {
                if (p.stateCode().equals(state.code())) {
                    Location location = location(p.locationId());
                    if (!p.note().isEmpty()) return Optional.of(new Found(location, p.note()));
                    if (location.equals(marketByName.get(cityName))) return Optional.of(new Found(location, marketNote(cityText, location)));
                    return Optional.of(new Found(location, placeNote(shown, location)));
                }
            }
            Location market = marketByName.get(cityName);
            if (market != null && !market.remote() && statesByMarket.getOrDefault(market.id(), Set.of(state.code())).contains(state.code())) {
                return Optional.of(new Found(market, marketNote(shown, market)));
            }
            return Optional.of(new Found(national, placeNote(shown, national)));
        }
        ForeignPlace abroad = abroadByName.get(regionName);
        if (abroad != null) throw outsideUs(typed, abroad.country());
        return Optional.empty();
    }

    /** A state named alone: most US markets, unless the guide has a market there (then a city is needed). */
    private Found state(String typed, UsState state) {
        Set<String> listed = marketsByState.getOrDefault(state.code(), Set.of());
        if (listed.isEmpty()) return new Found(national, state.name() + " is priced as most US markets: the guide lists no market in it");
        List<String> markets = listed.stream().map(id -> exampleCity(state.code(), id) + " in " + Interpretation.shortName(location(id))).toList();
        String other = exampleCity(state.code(), NATIONAL);
        throw new UnknownNameException("location", typed, "location \"" + typed + "\" is a state with places in different "
                + "markets (" + String.join(", ", markets) + (other == null ? "" : ", others such as " + other + " as most US markets")
                + "); expected a city, such as \"" + exampleCity(state.code(), listed.iterator().next()) + ", " + state.code() + "\""
                + (other == null ? "" : " or \"" + other + ", " + state.code() + "\""), List.of());
    }

    /** The first listed place of a state in a market (any market when null), or null. */
    private String exampleCity(String stateCode, String locationId) {
        return placesByName.values().stream().flatMap(List::stream)
                .filter(p -> p.stateCode().equals(stateCode) && (locationId == null || p.locationId().equals(locationId)))
                .min(java.util.Comparator.comparingInt(p -> p.provenance().line())).map(Place::name).orElse(null);
    }

    private UnknownNameException outsideUs(String typed, String country) {
        return new UnknownNameException("location", typed, "location \"" + typed + "\" is outside the US (" + country
                + "): the guide covers the US only; expected a US city or state, or remote (US)", List.of());
    }

    private String marketNote(String placeText, Location market) {
        if (placeText.equalsIgnoreCase(market.name()) || placeText.equalsIgnoreCase(market.id())
                || placeText.equalsIgnoreCase(Interpretation.shortName(market))) return null;
        return placeNote(placeText, market);
    }

    private static String placeNote(String place, Location market) {
        return market.id().equals(NATIONAL)
                ? place + " is priced as most US markets: the guide lists no market of its own for it"
                : place + " is priced in the " + Interpretation.shortName(market) + " market";
    }

    private static String marketPhrase(Location market) {
        return market.id().equals(NATIONAL) ? "most US markets" : Interpretation.shortName(market);
    }

    private Location location(String id) {
        return markets.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    /** The typed text of some words: from the first one's start to the last one's end. */
    private static String typedSpan(String text, List<Lexicon.Word> words) {
        if (words.isEmpty()) return "";
        return text.substring(words.get(0).start(), words.get(words.size() - 1).end()).strip()
                .replaceAll("^[\\s\\p{Punct}]+|[\\s\\p{Punct}&&[^.)]]+$", "");
    }
}
