package com.ratecard.render.pdf;

import com.ratecard.data.Opening;
import com.ratecard.pricing.Quote;
import com.ratecard.render.QuoteDocument;

/**
 * Who the proposal is for, what opening, when and by whom. {@code requestedRole} is the title the
 * client used when it differs from the role it was priced as, {@code requestedLocation} the place
 * as typed when it differs from the market it was priced in (both null otherwise);
 * {@code clientLogo} is null when the proposal is not co-branded. The template words the ids
 * ({@code roleId}: mlops, data-engineer, ml-engineer, devops; {@code levelId}; {@code engagementId};
 * {@code clearanceId}: no, preferred, required; {@code workArrangementId}: onsite, hybrid, remote,
 * null when not stated). Nullable: contactName, contactEmail, workArrangement(Id), notes,
 * effective, preparedBy, preparedByEmail. {@code clientShort} is the client's name cut to fit one
 * line of the running header.
 */
public record CoverView(String client, String clientShort, String contactName, String contactEmail, String title,
                        String roleId, String roleName, String requestedRole, String levelId, String level, String years,
                        String location, String requestedLocation, boolean remote, String engagement, String engagementId,
                        String clearanceId, String clearance, String workArrangementId, String workArrangement,
                        String notes, String issued, String effective, String preparedBy, String preparedByEmail,
                        String clientLogo) {

    /** Characters of the client's name that fit the running header beside the brand. */
    private static final int SHORT = 48;

    static CoverView of(QuoteDocument document) {
        Quote quote = document.quote();
        Opening opening = quote.opening();
        String role = quote.role().name();
        String requested = opening.role().strip().equalsIgnoreCase(role) ? null : opening.role().strip();
        String place = opening.location().strip();
        String requestedPlace = quote.location().remote() || place.equalsIgnoreCase(quote.location().name()) ? null : place;
        String effective = quote.effectiveDate().equals(document.issued()) ? null : Formats.date(quote.effectiveDate(), document.brand());
        var arrangement = opening.workArrangement();
        String notes = opening.notes() == null || opening.notes().isBlank() ? null : opening.notes().strip();
        return new CoverView(opening.client(), Formats.shorten(opening.client(), SHORT), opening.contactName(),
                opening.contactEmail(), quote.level().name() + " " + role, quote.role().id(), role, requested,
                quote.level().id(), quote.level().name(), Formats.years(quote.level()), quote.location().name(), requestedPlace,
                quote.location().remote(), opening.engagement().label(), opening.engagement().id(), opening.clearance().id(),
                opening.clearance().label(), arrangement == null ? null : arrangement.id(),
                arrangement == null ? null : arrangement.label(), notes, Formats.date(document.issued(), document.brand()), effective,
                document.preparedBy(), document.preparedByEmail(),
                document.clientLogo() == null ? null : ProposalImages.CLIENT_LOGO);
    }
}
