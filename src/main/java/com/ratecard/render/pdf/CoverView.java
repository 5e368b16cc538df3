package com.ratecard.render.pdf;

import com.ratecard.data.Opening;
import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;

/**
 * The cover: who the proposal is for, what opening, when and by whom. {@code requestedRole} is
 * the title the client used when it differs from the role it was priced as (null otherwise);
 * {@code clientLogo} is null when the proposal is not co-branded. Nullable: contactName,
 * contactEmail, preparedBy, preparedByEmail. {@code clientShort} is the client's name cut to fit
 * one line of the running header.
 */
public record CoverView(String client, String clientShort, String contactName, String contactEmail, String title, String roleName,
                        String requestedRole, String level, String years, String location, String engagement,
                        String engagementId, boolean clearance, String issued, String effective, String preparedBy,
                        String preparedByEmail, String clientLogo) {

    /** Characters of the client's name that fit the running header beside the brand. */
    private static final int SHORT = 48;

    static CoverView of(QuoteDocument document) {
        Quote quote = document.quote();
        Opening opening = quote.opening();
        String role = quote.role().name();
        String requested = opening.role().strip().equalsIgnoreCase(role) ? null : opening.role().strip();
        String effective = quote.effectiveDate().equals(quote.dataAsOf()) ? null : Formats.date(quote.effectiveDate(), document.brand());
        return new CoverView(opening.client(), Formats.shorten(opening.client(), SHORT), opening.contactName(), opening.contactEmail(),
                quote.level().name() + " " + role, role, requested, quote.level().name(), quote.level().yearsLabel(),
                quote.location().name(), opening.engagement().label(), opening.engagement().id(), opening.clearance().priced(),
                Formats.date(document.issued(), document.brand()), effective, document.preparedBy(), document.preparedByEmail(),
                document.clientLogo() == null ? null : ProposalImages.CLIENT_LOGO);
    }
}
