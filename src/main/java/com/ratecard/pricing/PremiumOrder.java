package com.ratecard.pricing;

import com.ratecard.data.Skill;
import java.util.Comparator;
import java.util.List;

/**
 * The order premium skills are priced in: largest band first, then larger low end, then id. The
 * first counts in full and later ones at the policy's share, so documents list them this way too.
 */
public final class PremiumOrder {
    private PremiumOrder() {}

    public static List<Skill> of(List<Skill> skills) {
        return skills.stream().filter(Skill::premium)
                .sorted(Comparator.comparingLong(Skill::premiumHigh).reversed()
                        .thenComparing(Comparator.comparingLong(Skill::premiumLow).reversed())
                        .thenComparing(Skill::id))
                .toList();
    }
}
