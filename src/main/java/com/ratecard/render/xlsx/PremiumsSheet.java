package com.ratecard.render.xlsx;

import com.ratecard.data.Guidance;
import com.ratecard.data.Skill;
import com.ratecard.data.SkillCombo;
import com.ratecard.data.SkillKind;
import com.ratecard.pricing.Adjustment;
import com.ratecard.pricing.AdjustmentKind;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.PremiumOrder;
import com.ratecard.pricing.Quote;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Premiums: each premium skill with its band and what it added to this opening, the skill
 * combinations, table-stakes skills, certifications and the clearance add-on.
 */
final class PremiumsSheet {
    private static final int LAST_COL = 6;

    private final RenderContext context;
    private final Grid grid;
    private final Quote q;
    private int row;

    private PremiumsSheet(RenderContext context) {
        this.context = context;
        this.grid = context.grid(WorkbookTemplate.PREMIUMS);
        this.q = context.quote();
    }

    static void write(RenderContext context) {
        new PremiumsSheet(context).write();
    }

    private void write() {
        grid.text(0, 0, "Premiums: skills, combinations, certifications and clearance", Look.TITLE);
        grid.merge(0, 0, LAST_COL);
        grid.text(1, 0, "Premium skills are priced largest first; the second and later count at "
                + Money.percent(context.data().policy().number(com.ratecard.data.PolicyKey.ADDITIONAL_PREMIUM_SHARE))
                + " of their band, as premiums overlap.", Look.SUBTITLE);
        grid.merge(1, 0, LAST_COL);
        grid.sheet().createFreezePane(0, 2);
        row = 3;
        premium();
        combos();
        plain(SkillKind.TABLE_STAKES, "Table-stakes skills: expected, they do not move the number");
        plain(SkillKind.CERTIFICATION, "Certifications");
        clearance();
    }

    private void premium() {
        section("Premium skills");
        grid.header(row++, 0, "Skill", "Band low", "Band high", "In this opening", "Added low", "Added high", "Effect");
        // The engine's SKILL lines come in pricing order, the same order as this opening's premium skills here.
        List<Skill> priced = PremiumOrder.of(q.skills());
        List<Adjustment> lines = q.adjustments().stream().filter(a -> a.kind() == AdjustmentKind.SKILL).toList();
        for (Skill skill : PremiumOrder.of(context.data().skills().items())) {
            grid.text(row, 0, skill.name(), Look.LABEL);
            grid.number(row, 1, skill.premiumLow(), Look.MONEY);
            grid.number(row, 2, skill.premiumHigh(), Look.MONEY);
            int at = priced.indexOf(skill);
            grid.text(row, 3, at < 0 ? "no" : at == 0 ? "yes, in full" : "yes, at the additional share", Look.FLAG);
            if (at >= 0) {
                grid.number(row, 4, lines.get(at).effectLow(), Look.MONEY);
                grid.number(row, 5, lines.get(at).effectHigh(), Look.MONEY);
            }
            effect(skill.effect());
            if (at >= 0) grid.highlight(row, 0, LAST_COL);
            row++;
        }
        row++;
    }

    private void combos() {
        section("Skill combinations");
        grid.header(row++, 0, "Combination", "Uplift (low end)", "", "In this opening", "Added low", "", "Requires");
        long uplift = Math.round(context.data().policy().number(com.ratecard.data.PolicyKey.COMBO_UPLIFT));
        for (SkillCombo combo : context.data().combos()) {
            Adjustment line = q.adjustments().stream()
                    .filter(a -> a.kind() == AdjustmentKind.COMBO && a.label().endsWith(combo.name())).findFirst().orElse(null);
            grid.text(row, 0, combo.name(), Look.LABEL);
            grid.number(row, 1, uplift, Look.MONEY);
            grid.text(row, 3, line != null ? "yes" : "no", Look.FLAG);
            if (line != null) grid.number(row, 4, line.effectLow(), Look.MONEY);
            effect(combo.requiredSkillIds().stream().map(id -> context.data().skills().resolve(id).name())
                    .collect(Collectors.joining(" + ")));
            if (line != null) grid.highlight(row, 0, LAST_COL);
            row++;
        }
        row++;
    }

    private void plain(SkillKind kind, String title) {
        section(title);
        grid.header(row, 0, "Skill", "In this opening", "Effect");
        grid.merge(row++, 2, LAST_COL);
        for (Skill skill : context.data().skills().items()) {
            if (skill.kind() != kind) continue;
            boolean asked = q.skills().contains(skill);
            grid.text(row, 0, skill.name(), Look.LABEL);
            grid.text(row, 1, asked ? "yes" : "no", Look.FLAG);
            grid.text(row, 2, skill.effect(), Look.WRAP);
            grid.merge(row, 2, LAST_COL);
            grid.fitRow(row, skill.effect(), grid.widthChars(2, LAST_COL));
            if (asked) grid.highlight(row, 0, LAST_COL);
            row++;
        }
        row++;
    }

    private void clearance() {
        section("Security clearance");
        Guidance g = context.data().guidance("addon-clearance");
        grid.header(row++, 0, "Add-on", "Low", "High", "In this opening", "", "", "Source");
        grid.text(row, 0, "Security clearance for defense work", Look.LABEL);
        grid.number(row, 1, Math.round(g.low()), Look.MONEY);
        grid.number(row, 2, Math.round(g.high()), Look.MONEY);
        grid.text(row, 3, q.opening().clearance().label().toLowerCase(java.util.Locale.ROOT), Look.FLAG);
        effect(g.provenance().cite());
        if (q.opening().clearance().priced()) grid.highlight(row, 0, LAST_COL);
        row++;
    }

    private void effect(String text) {
        grid.text(row, 6, text, Look.WRAP);
        grid.fitRow(row, text, grid.widthChars(6, 6));
    }

    private void section(String title) {
        grid.text(row, 0, title, Look.SECTION);
        grid.merge(row++, 0, LAST_COL);
    }
}
