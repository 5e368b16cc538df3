package com.ratecard.render.xlsx;

import com.ratecard.data.Role;
import com.ratecard.pricing.Quote;
import java.util.List;

/** Roles: the four roles the guide compares, national and senior bands, this opening's role highlighted. */
final class RolesSheet {
    private static final int LAST_COL = 6;

    private RolesSheet() {}

    static void write(RenderContext context) {
        Grid grid = context.grid(WorkbookTemplate.ROLES);
        Quote q = context.quote();
        grid.text(0, 0, "Roles: national average and senior range (base salary)", Look.TITLE);
        grid.merge(0, 0, LAST_COL);
        String subtitle = "This opening: " + q.role().name() + ". " + (q.market().derived()
                ? "The guide has no per-level table for it: " + q.market().method() + "."
                : "The guide's per-level table is for this role.");
        grid.text(1, 0, subtitle, Look.SUBTITLE);
        grid.merge(1, 0, LAST_COL);
        grid.header(3, 0, "Role", "National low", "National high", "Senior low", "Senior high", "Per-level data",
                "Primary focus");
        grid.sheet().createFreezePane(1, 4);
        List<Role> roles = context.data().roles().items();
        int row = 4;
        for (Role role : roles) {
            grid.text(row, 0, role.name(), Look.LABEL);
            grid.number(row, 1, role.nationalLow(), Look.MONEY);
            grid.number(row, 2, role.nationalHigh(), Look.MONEY);
            grid.number(row, 3, role.seniorLow(), Look.MONEY);
            grid.number(row, 4, role.seniorHigh(), Look.MONEY);
            grid.text(row, 5, role.perLevelData() ? "yes" : "derived", Look.FLAG);
            grid.text(row, 6, role.focus(), Look.TEXT);
            if (role.equals(q.role())) grid.highlight(row, 0, LAST_COL);
            row++;
        }
        row++;
        String note = "Roles without per-level data take the MLOps sources scaled by a role factor: the ratio of the "
                + "national-band midpoints below senior level, of the senior-band lows from senior up. Their confidence is "
                + "always low.";
        grid.text(row, 0, note, Look.NOTE);
        grid.merge(row, 0, LAST_COL);
        grid.fitRow(row, note, grid.widthChars(0, LAST_COL));
    }
}
