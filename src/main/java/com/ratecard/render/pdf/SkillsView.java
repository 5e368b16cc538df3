package com.ratecard.render.pdf;

import com.ratecard.data.MarketData;
import com.ratecard.data.Skill;
import com.ratecard.data.SkillCombo;
import com.ratecard.data.SkillKind;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Quote;
import java.util.List;

/**
 * Skills and credentials: the lines priced into the recommendation (premium skills, the skill
 * combination, clearance) with their effect, and the skills that do not move the price on their
 * own (table stakes, certifications) with what the guide says about them. A table-stakes skill
 * that completes a priced combination says so ({@code inCombination}), so "nobody gets hired
 * because of it" never stands beside a premium it is part of. {@code clearanceId}: no, preferred,
 * required.
 */
public record SkillsView(List<PricedRow> priced, List<NoteRow> tableStakes, List<NoteRow> certifications,
                         String clearanceId) {
    public SkillsView {
        priced = List.copyOf(priced);
        tableStakes = List.copyOf(tableStakes);
        certifications = List.copyOf(certifications);
    }

    /** {@code kind}: skill, combo or clearance; {@code rule}: the guide's band or the premium applied. */
    public record PricedRow(String kind, String name, String rule, String effectLow, String effectHigh) {}

    /** {@code inCombination}: the priced combination this skill completes, null when none. */
    public record NoteRow(String name, String note, String inCombination) {}

    static SkillsView of(Quote quote, MarketData data) {
        List<Adjustment> lines = quote.adjustments().stream()
                .filter(a -> a.kind() == AdjustmentKind.SKILL || a.kind() == AdjustmentKind.COMBO
                        || a.kind() == AdjustmentKind.CLEARANCE).toList();
        List<SkillCombo> priced = data.combos().stream().filter(c -> lines.stream().anyMatch(a -> a.kind() == AdjustmentKind.COMBO
                && a.provenance().file().equals(c.provenance().file()) && a.provenance().line() == c.provenance().line())).toList();
        return new SkillsView(lines.stream().map(a -> priced(a, quote)).toList(), notes(quote, SkillKind.TABLE_STAKES, priced),
                notes(quote, SkillKind.CERTIFICATION, priced), quote.opening().clearance().id());
    }

    private static PricedRow priced(Adjustment a, Quote quote) {
        // The engine's labels lead with the kind ("Premium skill: X"); the table has a column for it.
        String name = a.label().contains(": ") ? a.label().substring(a.label().indexOf(": ") + 2) : a.label();
        // A premium skill's rule is the guide's band; how much of it counts shows in the effect.
        String rule = a.kind() != AdjustmentKind.SKILL ? a.rate() : quote.premiumSkills().stream()
                .filter(s -> s.name().equals(name)).findFirst()
                .map(s -> Formats.range(s.premiumLow(), s.premiumHigh())).orElse(a.rate());
        return new PricedRow(a.kind().id(), name, rule, Formats.signed(a.effectLow()), Formats.signed(a.effectHigh()));
    }

    private static List<NoteRow> notes(Quote quote, SkillKind kind, List<SkillCombo> priced) {
        return quote.skills().stream().filter(s -> s.kind() == kind).map(s -> note(s, priced)).toList();
    }

    private static NoteRow note(Skill skill, List<SkillCombo> priced) {
        String combo = priced.stream().filter(c -> c.requiredSkillIds().contains(skill.id())).map(SkillCombo::name)
                .findFirst().orElse(null);
        return new NoteRow(skill.name(), skill.effect(), combo);
    }
}
