package com.ratecard.data.match;

import com.ratecard.data.Level;
import com.ratecard.data.Location;
import com.ratecard.data.Role;
import com.ratecard.data.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What ratecard understood an opening to be: the role, level and market it is priced as, the
 * guide's skills it names, the skills accepted as not priced by the guide (as typed), and one
 * {@link Reading} per thing typed. {@code placeAsTyped} is the place in the client's own words
 * without work-arrangement words ("San Diego" for "Hybrid - San Diego", "Remote" for a remote
 * hire): output file names use it. Immutable.
 */
public record Interpretation(Role role, Level level, Location location, List<Skill> skills, List<String> notPricedSkills,
                             List<Reading> readings, String placeAsTyped) {
    public Interpretation {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(location, "location");
        skills = List.copyOf(skills);
        notPricedSkills = List.copyOf(notPricedSkills);
        readings = List.copyOf(readings);
        Objects.requireNonNull(placeAsTyped, "placeAsTyped");
    }

    /** The reading of the title, the level or the location. */
    public Reading reading(Reading.Field field) {
        return readings.stream().filter(r -> r.field() == field).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("one reading per opening for " + field + " only"));
    }

    public List<Reading> skillReadings() {
        return readings.stream().filter(r -> r.field() == Reading.Field.SKILL).toList();
    }

    /** Every note, in the order of the readings: what a reader should know about how the opening was read. */
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        for (Reading r : readings) if (r.note() != null && !out.contains(r.note())) out.add(r.note());
        return out;
    }

    /**
     * One sentence for documents: "Priced as MLOps Engineer, Senior, Southern California (your title:
     * Sr. ML Platform Engineer, San Diego)"; the parenthesis only names what was typed differently.
     */
    public String pricedAs() {
        String sentence = "Priced as " + role.name() + ", " + level.name() + ", " + shortName(location);
        String title = reading(Reading.Field.ROLE).typed();
        boolean titleDiffers = !title.equalsIgnoreCase(role.name());
        // "Seattle, WA" is Seattle: only a place read as something else (its note says how) is named.
        boolean placeDiffers = !location.remote() && reading(Reading.Field.LOCATION).note() != null
                && !placeAsTyped.equalsIgnoreCase(location.name()) && !placeAsTyped.equalsIgnoreCase(shortName(location));
        if (titleDiffers) return sentence + " (your title: " + title + (placeDiffers ? ", " + placeAsTyped : "") + ")";
        return placeDiffers ? sentence + " (your location: " + placeAsTyped + ")" : sentence;
    }

    /** A market's name without its parenthesis: "Southern California (LA, OC, SD)" is "Southern California". */
    static String shortName(Location location) {
        return location.name().replaceFirst("\\s*\\([^)]*\\)\\s*$", "");
    }
}
