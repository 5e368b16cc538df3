package com.ratecard.render.pdf;

import com.ratecard.data.Clearance;
import com.ratecard.pricing.Money;
import com.ratecard.pricing.Quote;
import com.ratecard.pricing.Verdict;
import com.ratecard.render.QuoteDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the account manager should check before sending the client's files, each as a
 * {@link Warning} with a kind id the deal sheet's template words and styles. Read from the quote
 * and the opening as typed; a warning never changes a figure.
 *
 * <p>Hooks for warnings other steps will give: skills the guide does not price (the quote's
 * readings, once input matching records them) and the brand's checks (an account manager at
 * another domain than the brand's): add them to {@link #of} from where they are recorded.
 */
public final class DealWarnings {
    /** {@code kind}: above-band, derived-role, notes-arrangement, notes-clearance, below-floor. */
    public record Warning(String kind, String text) {}

    private static final Pattern ARRANGEMENT = Pattern.compile("\\b(on-?site|in[- ]office|in person|hybrid|remote)\\b");
    private static final Pattern CLEARANCE = Pattern.compile("\\b(clearance|secret|ts/sci|cleared)\\b");

    private DealWarnings() {}

    static List<Warning> of(QuoteDocument document) {
        Quote quote = document.quote();
        List<Warning> out = new ArrayList<>();
        var contract = quote.contract();
        if (!contract.aboveGuideBand().isEmpty()) {
            out.add(new Warning("above-band", "The bill rate " + Formats.hourly(contract.billRate()) + " passes the guide's "
                    + Formats.hourly(contract.guideBand()) + " because: "
                    + String.join("; ", contract.aboveGuideBand().stream().map(Formats::prose).toList())
                    + ". The proposal says so; expect the client to ask."));
        }
        if (quote.market().derived()) {
            out.add(new Warning("derived-role", quote.role().name() + " has no per-level table in the guide: its figures are "
                    + "scaled from MLOps Engineer data and carry low confidence (" + quote.market().method() + ")."));
        }
        String notes = quote.opening().notes() == null ? "" : quote.opening().notes().toLowerCase(Locale.ROOT);
        var arrangement = ARRANGEMENT.matcher(notes);
        if (quote.opening().workArrangement() == null && arrangement.find()) {
            out.add(new Warning("notes-arrangement", "The notes say \"" + arrangement.group() + "\" but the opening gives no "
                    + "work arrangement, so the proposal may suggest remote candidates or another market. Set "
                    + "work_arrangement (onsite, hybrid or remote) and regenerate if that is wrong."));
        }
        var clearance = CLEARANCE.matcher(notes);
        if (quote.opening().clearance() == Clearance.NO && clearance.find()) {
            out.add(new Warning("notes-clearance", "The notes mention \"" + clearance.group() + "\" but the opening asks for "
                    + "no clearance, so none is priced. Set clearance (required or preferred) if one is needed."));
        }
        if (quote.hasBudget() && quote.budget().verdict() == Verdict.BELOW_FLOOR) {
            out.add(new Warning("below-floor", "The client's budget is below the market floor ("
                    + Money.inUnit(quote.budget().floor(), quote.budget().unit())
                    + "): talk it through before sending."));
        }
        return out;
    }
}
