package com.ratecard.data;

import java.util.List;
import java.util.Locale;

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

    /** The arrangement a text names, or an {@link UnknownNameException}. */
    public static WorkArrangement parse(String text) {
        String wanted = NameIndex.normalize(text).replace('_', ' ');
        for (WorkArrangement w : values()) {
            if (w.id.equals(wanted) || w.aliases.contains(wanted) || w.label.toLowerCase(Locale.ROOT).equals(wanted)) return w;
        }
        throw new UnknownNameException("work_arrangement", text, List.of(), IDS);
    }
}
