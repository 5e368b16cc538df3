package com.ratecard.data;

import java.util.List;

/**
 * A skill or certification and what the guide says it does to an offer. {@code related} names
 * terms close to the skill that are not the skill itself (RAG for LLM deployment): an opening that
 * names one is asked to name the skill instead when the skill changes the price.
 */
public record Skill(String id, String name, SkillKind kind, long premiumLow, long premiumHigh, String effect,
                    List<String> aliases, List<String> related, Provenance provenance) {
    public Skill {
        aliases = List.copyOf(aliases);
        related = List.copyOf(related);
    }

    public boolean premium() {
        return kind == SkillKind.PREMIUM;
    }
}
