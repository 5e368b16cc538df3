package com.ratecard.render.email;

import java.util.List;

/**
 * Everything the email templates read ({@code templates/email/}), every figure already formatted.
 * Public records only: templates see their components and nothing else
 * ({@link com.ratecard.render.Templates}). Nullable: an opening's figures, verdict and its meaning.
 *
 * @param client      the client's name as typed
 * @param single      one opening in the message
 * @param attachments the attached files' names
 * @param formats     the attached files' formats (pdf, xlsx, zip)
 */
public record EmailModel(Brand brand, Contact contact, String client, List<Opening> openings, boolean single,
                         List<String> attachments, List<String> formats, Person accountManager) {
    public EmailModel {
        openings = List.copyOf(openings);
        attachments = List.copyOf(attachments);
        formats = List.copyOf(formats);
    }

    /** The agency: name, colours (#RRGGBB), signature (whole and by line), contact lines, legal line. */
    public record Brand(String name, String primary, String accent, String text, String muted, String signature,
                        List<String> signatureLines, List<String> contact, String legal) {
        public Brand {
            signatureLines = List.copyOf(signatureLines);
            contact = List.copyOf(contact);
        }
    }

    /** Who the message greets; {@code firstName} is the first word of the name (empty when unknown). */
    public record Contact(String name, String firstName, String email) {}

    /** A person with an optional email (empty strings when unknown). */
    public record Person(String name, String email) {}

    /**
     * One opening: as typed (role, location) and as priced (marketRole, marketLocation, level),
     * the headline figures (null when not priced), the budget verdict and the files attached for it.
     */
    public record Opening(int row, String role, String marketRole, String level, String location, String marketLocation,
                          String engagement, String base, String totalComp, String billRate, String verdict,
                          String verdictMeaning, List<String> files) {
        public Opening {
            files = List.copyOf(files);
        }
    }
}
