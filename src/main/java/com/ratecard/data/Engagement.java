package com.ratecard.data;

import java.util.List;
import java.util.Locale;

/** How the agency supplies the hire. */
public enum Engagement {
    DIRECT_HIRE("direct-hire", "Direct hire", List.of("direct hire", "dh", "perm", "permanent", "fte", "full-time")),
    CONTRACT("contract", "Contract", List.of("contractor", "temp", "hourly")),
    CONTRACT_TO_HIRE("contract-to-hire", "Contract-to-hire", List.of("contract to hire", "c2h", "cth", "temp-to-perm"));

    private final String id;
    private final String label;
    private final List<String> aliases;

    Engagement(String id, String label, List<String> aliases) {
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

    public static Engagement parse(String text) {
        String wanted = NameIndex.normalize(text).replace('_', '-');
        for (Engagement e : values()) {
            if (e.id.equals(wanted) || e.aliases.contains(wanted) || e.name().toLowerCase(Locale.ROOT).equals(wanted)) return e;
        }
        throw new UnknownNameException("engagement", text, List.of(), List.of("direct-hire", "contract", "contract-to-hire"));
    }
}
