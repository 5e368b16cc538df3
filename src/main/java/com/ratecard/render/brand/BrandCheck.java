package com.ratecard.render.brand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks a brand gets: legible text ({@link #textProblems}, refused when it fails: body and
 * muted text on white and on the brand's tint, white header text on the primary colour, at least
 * {@value Contrast#TEXT}:1), accents that can be told from white ({@link #warnings}, below
 * {@value Contrast#GRAPHIC}:1 a warning), and an account manager who writes from another
 * company's domain ({@link #accountManager}: the Cedar & Slate cover signed "priya@northbeam.example").
 */
public final class BrandCheck {
    /** The documents' header-band tint of the primary colour (see BrandView). */
    static final double PRIMARY_TINT = 0.86;

    private BrandCheck() {}

    /** Each colour pair of body text that is below 4.5:1, as "field: problem" (empty when all are legible). */
    static List<String[]> textProblems(BrandColor primary, BrandColor text, BrandColor muted) {
        List<String[]> problems = new ArrayList<>();
        BrandColor tint = Contrast.tint(primary, PRIMARY_TINT);
        check(problems, "colors.text", "text", text, "white", Contrast.WHITE);
        check(problems, "colors.text", "text", text, "the primary tint " + tint.hex(), tint);
        check(problems, "colors.muted", "muted text", muted, "white", Contrast.WHITE);
        check(problems, "colors.muted", "muted text", muted, "the primary tint " + tint.hex(), tint);
        check(problems, "colors.primary", "white table-header text", Contrast.WHITE, "the primary colour", primary);
        return problems;
    }

    private static void check(List<String[]> problems, String field, String what, BrandColor fore, String on, BrandColor back) {
        double ratio = Contrast.ratio(fore, back);
        if (ratio < Contrast.TEXT) {
            problems.add(new String[] {field, what + " " + fore.hex() + " on " + on + " has contrast " + Contrast.describe(ratio)
                    + "; expected at least 4.5:1 (WCAG AA) so body text stays legible"});
        }
    }

    /** What to look at in the brand itself: accents too faint against white. */
    public static List<BrandWarning> warnings(Brand brand) {
        double ratio = Contrast.ratio(brand.accent(), Contrast.WHITE);
        if (ratio >= Contrast.GRAPHIC) return List.of();
        return List.of(new BrandWarning(BrandWarning.ACCENT_CONTRAST, "colors.accent", "the accent " + brand.accent().hex()
                + " has contrast " + Contrast.describe(ratio) + " on white; expected at least 3:1 so highlights and markers show"));
    }

    /**
     * A warning when the account manager's email is not at the brand's domain (that of
     * {@code email.from}, or a subdomain of it); empty when it is, or when either is unknown.
     */
    public static Optional<BrandWarning> accountManager(Brand brand, String name, String email) {
        String own = domain(brand.email().from());
        String theirs = domain(email);
        if (own == null || theirs == null || theirs.equals(own) || theirs.endsWith("." + own)) return Optional.empty();
        String who = name == null || name.isBlank() ? email.strip() : name.strip() + " <" + email.strip() + ">";
        return Optional.of(new BrandWarning(BrandWarning.ACCOUNT_MANAGER_DOMAIN, "account_manager_email",
                who + " signs documents of " + brand.name() + " from " + theirs + ", not the brand's " + own
                        + "; expected an address at " + own + " (or another brand)"));
    }

    /** The domain of "Name <user@domain>" or "user@domain", lower case; null when there is none. */
    static String domain(String address) {
        if (address == null) return null;
        String text = address.strip();
        int open = text.lastIndexOf('<');
        int close = text.lastIndexOf('>');
        if (open >= 0 && close > open) text = text.substring(open + 1, close);
        int at = text.lastIndexOf('@');
        if (at < 0 || at == text.length() - 1) return null;
        return text.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }
}
