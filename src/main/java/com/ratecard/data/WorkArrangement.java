package com.ratecard.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Where the hire works: it decides which levers make sense (an on-site hire can't go remote). */
public enum WorkArrangement {
    ONSITE("onsite", "On-site", List.of("on-site", "on site", "in office", "in-office", "office", "in person")),
    HYBRID("hybrid", "Hybrid", List.of("partly remote", "part remote", "flexible")),
    REMOTE("remote", "Remote", List.of("fully remote", "remote (us)", "remote - us", "remote us", "us remote",
            "remote-us", "wfh", "work from home", "anywhere", "distributed"));

    private final String id;
    private final String label;
    private final List<String> aliases;

    WorkArrangement(String id, String label, List<String> aliases) {
        this.id = id;
        this.label = label;
        this.aliases = aliases;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static final List<String> IDS = List.of("onsite", "hybrid", "remote");
    private static final List<Pattern> IN_TEXT = List.of(
            Pattern.compile("\\b(on[- ]?site|in[- ]office)\\b"), Pattern.compile("\\bhybrid\\b"),
            Pattern.compile("\\b(remote|wfh|work from home)\\b"));

    /**
     * The arrangement a place names in passing ("Hybrid - Boston", "San Diego (on-site)", "Remote -
     * US"), or null when it names none or more than one.
     */
    public static WorkArrangement mentionedIn(String place) {
        String text = NameIndex.normalize(place);
        List<WorkArrangement> found = new ArrayList<>();
        for (WorkArrangement w : values()) if (IN_TEXT.get(w.ordinal()).matcher(text).find()) found.add(w);
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The arrangement a text names, or an {@link UnknownNameException}. */
    public static WorkArrangement parse(String text) {
        String wanted = NameIndex.normalize(text).replace('_', ' ');
        for (WorkArrangement w : values()) {
            if (w.id.equals(wanted) || w.aliases.contains(wanted) || w.label.toLowerCase(Locale.ROOT).equals(wanted)) return w;
        }
        throw new UnknownNameException("work_arrangement", text, List.of(), IDS);
    }
}
