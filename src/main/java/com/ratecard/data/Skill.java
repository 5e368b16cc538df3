package com.ratecard.data;

import java.util.List;

/** A skill or certification and what the guide says it does to an offer. */
public record Skill(String id, String name, SkillKind kind, long premiumLow, long premiumHigh, String effect,
                    List<String> aliases, Provenance provenance) {
    public boolean premium() {
        return kind == SkillKind.PREMIUM;
    }
}
