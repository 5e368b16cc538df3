package com.ratecard.render.xlsx;

import com.ratecard.render.DocumentFormat;
import com.ratecard.data.Engagement;
import com.ratecard.pricing.BudgetAssessment;
import com.ratecard.pricing.ContractTerms;
import com.ratecard.pricing.Fees;
import com.ratecard.pricing.HourlyRange;
import com.ratecard.pricing.Lever;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.Range;
import com.ratecard.render.QuoteDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Summary: the brand's header with logo (and the client's, when co-branded), the opening, the
 * recommendation and what it costs per engagement, the budget verdict with its levers, and a chart
 * of the market against the recommendation and the budget.
 */
final class SummarySheet {
    private static final int LAST_COL = 7;
    /** Headings show at most this much of a client's name; the Opening block has all of it. */
    private static final int HEADING_NAME = 80;

    private final RenderContext context;
    private final Grid grid;
    private final Quote q;
    private int row;

    private SummarySheet(RenderContext context) {
        this.context = context;
        this.grid = context.grid(WorkbookTemplate.SUMMARY);
        this.q = context.quote();
    }

    static void write(RenderContext context, Picture brandLogo, TablesSheet.Charts charts) throws IOException {
        new SummarySheet(context).write(brandLogo, charts);
    }

    private void write(Picture brandLogo, TablesSheet.Charts charts) throws IOException {
        header(brandLogo);
        recommendation();
        budget();
        chart(charts);
        opening();
        brandFooter();
    }

    private void header(Picture brandLogo) throws IOException {
        QuoteDocument document = context.document();
        int bandPx = Math.round(grid.sheet().getRow(0) == null ? 60 : grid.sheet().getRow(0).getHeightInPoints() * 4 / 3);
        brandLogo.place(grid.sheet(), 8, 6, bandPx - 12, false, LAST_COL);
        if (document.clientLogo() != null) {
            Picture client = Picture.of(Files.readAllBytes(document.clientLogo()), "client logo " + document.clientLogo());
            client.place(grid.sheet(), 8, 6, bandPx - 12, true, LAST_COL);
        }
        grid.text(1, 0, q.level().name() + " " + q.role().name() + " \u00b7 " + q.location().name(), Look.TITLE);
        grid.merge(1, 0, LAST_COL);
        String by = document.preparedBy() == null ? "" : " \u00b7 prepared by " + document.preparedBy();
        grid.text(2, 0, "Prepared for " + SafeText.shorten(q.opening().client(), HEADING_NAME) + " \u00b7 "
                + q.opening().engagement().label() + " \u00b7 issued " + context.dates().date(document.issued()) + by, Look.SUBTITLE);
        grid.merge(2, 0, LAST_COL);
        grid.sheet().createFreezePane(0, 3);
        row = 4;
    }

    private void recommendation() {
        section("Recommendation");
        grid.header(row, 0, "Figure", "Low", "High", "How it is reached");
        grid.merge(row++, 3, LAST_COL);
        Range rec = q.recommendedBase();
        int recRow = money("Recommended base salary", rec, Look.MONEY_KEY, "Midpoint " + Money.dollars(rec.midpoint())
                + ": the guide's base for the level with this opening's lines (see the Calculator)");
        grid.highlight(recRow, 0, LAST_COL);
        money("Total compensation", q.totalComp().range(), Look.MONEY, "+" + Money.percent(q.totalComp().upliftLowPct())
                + " to +" + Money.percent(q.totalComp().upliftHighPct()) + " on base for equity and bonus");
        ContractTerms c = q.contract();
        int bill = hourly("Contract bill rate (per hour)", c.billRate(), "The guide's contract band is "
                + Money.hourly(c.guideBand()) + (c.aboveGuideBand().isEmpty() ? "" : "; above it: " + String.join("; ", c.aboveGuideBand())));
        Fees f = q.fees();
        int fee = money("Direct-hire fee", f.directHireFee(), Look.MONEY, Money.percent(f.directHirePct())
                + " of first-year base");
        int billing = money("Contract-to-hire: contract-period billing", f.contractPeriodBilling(), Look.MONEY,
                f.contractMonths() + " months at the bill rate");
        int conversion = money("Contract-to-hire: conversion fee", f.conversionFee(), Look.MONEY,
                Money.percent(f.conversionPct()) + " of base at conversion");
        money("Hiring market for this opening (P10-P90)", new Range(q.percentiles().p10(), q.percentiles().p90()), Look.MONEY,
                "The recommendation is its middle; median " + Money.dollars(q.percentiles().p50()));
        grid.text(row, 0, "Time to fill", Look.LABEL);
        grid.number(row, 1, q.timeToFillDays(), Look.NUMBER);
        note(row++, "days or more: the guide's average for ML infrastructure roles");
        Engagement engagement = q.opening().engagement();
        if (engagement == Engagement.CONTRACT) {
            grid.highlight(bill, 0, LAST_COL);
        } else if (engagement == Engagement.CONTRACT_TO_HIRE) {
            grid.highlight(billing, 0, LAST_COL);
            grid.highlight(conversion, 0, LAST_COL);
        } else {
            grid.highlight(fee, 0, LAST_COL);
        }
        row++;
    }

    private void budget() {
        section("Client budget");
        if (!q.hasBudget()) {
            grid.text(row, 0, "No budget was given. The Calculator reads any budget typed into it against the market "
                    + "for this opening.", Look.NOTE);
            grid.merge(row++, 0, LAST_COL);
            row++;
            return;
        }
        BudgetAssessment b = q.budget();
        grid.header(row, 0, "Budget", "Amount", "Verdict", "Reading");
        grid.merge(row++, 3, LAST_COL);
        grid.text(row, 0, "Client budget (" + b.unit().per() + ")", Look.LABEL);
        grid.number(row, 1, b.amount(), b.unit().hourly() ? Look.HOURLY : Look.MONEY_KEY);
        grid.text(row, 2, b.verdict().label(), Look.VERDICT);
        note(row, b.verdict().meaning() + "; the " + DocumentFormat.percentile(b.percentile()) + " of the hiring market for "
                + "this opening; floor " + Money.inUnit(b.floor(), b.unit()) + (b.gap() > 0 ? "; " + Money.inUnit(b.gap(), b.unit())
                + " (" + Money.percent(Math.round(b.gapPct() * 10) / 10.0) + " of the budget) short of the recommended minimum" : ""));
        row += 2;
        if (b.gap() > 0 && !b.closable()) {
            String need = "No change we can suggest closes the gap: to hire within the recommended range the budget would need "
                    + "to be at least " + Money.inUnit(b.minimum(), b.unit()) + ".";
            grid.text(row, 0, need, Look.NOTE);
            grid.merge(row, 0, LAST_COL);
            grid.fitRow(row, need, grid.widthChars(0, LAST_COL));
            row += 2;
        }
        if (b.levers().isEmpty()) return;
        grid.text(row++, 0, "Levers: what each change does to the recommended minimum", Look.LABEL);
        grid.header(row, 0, "Lever", "Effect on minimum", "New minimum", "Closes the gap", "Detail");
        grid.merge(row++, 4, LAST_COL);
        List<Lever> rows = new ArrayList<>(b.levers());
        if (b.combination() != null) rows.add(b.combination());
        for (Lever lever : rows) {
            grid.text(row, 0, (lever == b.combination() ? "Together: " : "") + lever.label(), Look.TEXT);
            grid.number(row, 1, lever.effect(), b.unit().hourly() ? Look.HOURLY : Look.MONEY);
            grid.number(row, 2, lever.newMinimum(), b.unit().hourly() ? Look.HOURLY : Look.MONEY);
            grid.text(row, 3, lever.closesGap() ? "yes" : "no", Look.FLAG);
            grid.text(row, 4, lever.detail(), Look.NOTE);
            grid.merge(row, 4, LAST_COL);
            grid.fitRow(row, lever.detail(), grid.widthChars(4, LAST_COL));
            if (lever.closesGap()) grid.highlight(row, 0, LAST_COL);
            row++;
        }
        row++;
    }

    private void chart(TablesSheet.Charts charts) {
        grid.sheet().setRowBreak(row - 1); // the chart and what follows print on a page of their own
        section("Market range against the recommendation and the budget");
        grid.header(row++, 0, "Range", "Low", "High");
        range("Aggregators' blend (" + q.level().name() + ", typical US)", q.market().blended());
        range("Hiring market, P10 to P90", new Range(q.percentiles().p10(), q.percentiles().p90()));
        range("Recommended base (P25 to P75)", q.recommendedBase());
        if (q.hasBudget()) {
            grid.text(row, 0, "Client budget", Look.TEXT);
            grid.number(row++, 1, q.budget().amount(), q.budget().unit().hourly() ? Look.HOURLY : Look.MONEY);
        }
        int top = row + 1;
        var brand = context.document().brand();
        Map<Integer, byte[]> colours = new HashMap<>();
        colours.put(charts.recommendedBar(), brand.accent().bytes());
        if (charts.budgetBar() >= 0) colours.put(charts.budgetBar(), brand.muted().bytes());
        RangeChart.draw(grid.sheet(), 0, top, LAST_COL + 1, top + 16, "Base salary ranges for this opening",
                charts.summary(), new RangeChart.Palette(brand.primary().bytes(), colours, brand.font().family()));
        row = top + 17;
    }

    private void opening() {
        section("Opening");
        detail("Client", q.opening().client());
        String contact = join(q.opening().contactName(), q.opening().contactEmail());
        if (!contact.isEmpty()) detail("Contact", contact);
        detail("Role", q.role().name() + (q.role().name().equalsIgnoreCase(q.opening().role().strip()) ? ""
                : " (as asked: " + q.opening().role() + ")"));
        detail("Level", q.level().name() + " (" + q.level().yearsLabel() + ")");
        detail("Location", q.location().name());
        detail("Skills", q.skills().isEmpty() ? "none named"
                : q.skills().stream().map(s -> s.name() + " (" + s.kind().label() + ")").collect(Collectors.joining("; ")));
        detail("Security clearance", q.opening().clearance().label().toLowerCase(java.util.Locale.ROOT));
        detail("Engagement", q.opening().engagement().label());
        detail("Figures", "market data as of " + context.dates().date(q.dataAsOf()) + ", effective " + context.dates().date(q.effectiveDate()));
        String manager = join(q.opening().accountManager(), q.opening().accountManagerEmail());
        if (!manager.isEmpty()) detail("Account manager", manager);
        if (q.opening().notes() != null && !q.opening().notes().isBlank()) {
            detail("Notes", q.opening().notes());
            grid.cell(row - 1, 1).setCellStyle(grid.styles().get(Look.WRAP));
            grid.fitRow(row - 1, q.opening().notes(), grid.widthChars(1, LAST_COL));
        }
        row++;
    }

    private void brandFooter() {
        var brand = context.document().brand();
        for (String line : brand.contact()) {
            grid.text(row, 0, line, Look.NOTE);
            grid.merge(row++, 0, LAST_COL);
        }
        if (!brand.legal().isBlank()) {
            grid.text(row, 0, brand.legal(), Look.NOTE);
            grid.merge(row, 0, LAST_COL);
            grid.fitRow(row++, brand.legal(), grid.widthChars(0, LAST_COL));
        }
    }

    // ---- rows ----

    private void section(String title) {
        grid.text(row, 0, title, Look.SECTION);
        grid.merge(row++, 0, LAST_COL);
    }

    private int money(String label, Range range, Look look, String how) {
        grid.text(row, 0, label, Look.LABEL);
        grid.number(row, 1, range.low(), look);
        grid.number(row, 2, range.high(), look);
        note(row, how);
        return row++;
    }

    private int hourly(String label, HourlyRange range, String how) {
        grid.text(row, 0, label, Look.LABEL);
        grid.number(row, 1, range.low(), Look.HOURLY);
        grid.number(row, 2, range.high(), Look.HOURLY);
        note(row, how);
        return row++;
    }

    private void range(String label, Range range) {
        grid.text(row, 0, label, Look.TEXT);
        grid.number(row, 1, range.low(), Look.MONEY);
        grid.number(row++, 2, range.high(), Look.MONEY);
    }

    private void note(int r, String text) {
        grid.text(r, 3, text, Look.NOTE);
        grid.merge(r, 3, LAST_COL);
        grid.fitRow(r, text, grid.widthChars(3, LAST_COL));
    }

    private void detail(String label, String value) {
        grid.text(row, 0, label, Look.LABEL);
        grid.text(row, 1, value, Look.TEXT);
        row++;
    }

    private static String join(String a, String b) {
        StringBuilder out = new StringBuilder();
        if (a != null && !a.isBlank()) out.append(a.strip());
        if (b != null && !b.isBlank()) out.append(out.length() > 0 ? ", " : "").append(b.strip());
        return out.toString();
    }
}
