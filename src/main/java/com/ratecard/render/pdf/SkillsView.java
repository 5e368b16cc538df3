package com.ratecard.render.pdf;

import com.ratecard.data.Skill;
import com.ratecard.data.SkillKind;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Quote;
import java.util.List;

/**
 * Skills and credentials: the lines priced into the recommendation (premium skills, the skill
 * combination, clearance) with their effect, and the skills that do not move the price (table
 * stakes, certifications) with what the guide says about them.
 */
public record SkillsView(List<PricedRow> priced, List<NoteRow> tableStakes, List<NoteRow> certifications,
                         boolean clearance) {
    public SkillsView {
        priced = List.copyOf(priced);
        tableStakes = List.copyOf(tableStakes);
        certifications = List.copyOf(certifications);
    }

    /** {@code kind}: skill, combo or clearance; {@code rule}: the guide's band or the policy applied. */
    public record PricedRow(String kind, String name, String rule, String effectLow, String effectHigh) {}

    public record NoteRow(String name, String note) {}

    static SkillsView of(Quote quote) {
        List<PricedRow> priced = quote.adjustments().stream()
                .filter(a -> a.kind() == AdjustmentKind.SKILL || a.kind() == AdjustmentKind.COMBO
                        || a.kind() == AdjustmentKind.CLEARANCE)
                .map(SkillsView::priced).toList();
        return new SkillsView(priced, notes(quote, SkillKind.TABLE_STAKES), notes(quote, SkillKind.CERTIFICATION),
                quote.opening().clearance().priced());
    }

    private static PricedRow priced(Adjustment a) {
        // The engine's labels lead with the kind ("Premium skill: X"); the table has a column for it.
        String name = a.label().contains(": ") ? a.label().substring(a.label().indexOf(": ") + 2) : a.label();
        return new PricedRow(a.kind().id(), name, a.rate(), Formats.signed(a.effectLow()), Formats.signed(a.effectHigh()));
    }

    private static List<NoteRow> notes(Quote quote, SkillKind kind) {
        return quote.skills().stream().filter(s -> s.kind() == kind).map(SkillsView::note).toList();
    }

    private static NoteRow note(Skill skill) {
        return new NoteRow(skill.name(), skill.effect());
    }
}
