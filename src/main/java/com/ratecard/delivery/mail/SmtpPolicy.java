package com.ratecard.delivery.mail;

import com.ratecard.data.InputException;
import java.io.IOException;
import java.net.InetAddress;

/** The SMTP settings a real send accepts, checked before anything is sent. */
final class SmtpPolicy {
    private SmtpPolicy() {}

    /**
     * An {@link InputException} when the host is missing or does not resolve, a header field would carry a line break, a
     * user has no password, or a password would cross the network in clear text.
     */
    static void check(SendOptions.Smtp smtp) {
        if (smtp.host() == null || smtp.host().isBlank()) {
            throw new InputException("smtp-host", "--smtp-host: missing; give the SMTP server (or --dry-run to write the outbox only)");
        }
        try {
            HeaderGuard.text("--smtp-host", smtp.host());
            HeaderGuard.text("--smtp-user", smtp.user());
        } catch (HeaderGuard.HeaderException e) {
            throw new InputException(e.field(), e.getMessage());
        }
        if (smtp.user() != null) {
            if (smtp.password() == null) throw new InputException("smtp-password", "no SMTP password for --smtp-user " + smtp.user());
            if (smtp.security() == SendOptions.Security.NONE && !loopback(smtp.host())) {
                throw new InputException("smtp-user", "--smtp-user without --starttls or --ssl would send the password in clear text to "
                        + smtp.host() + "; add --starttls (port 587) or --ssl (port 465)");
            }
        }
        resolve(smtp.host());
    }

    /** A host that does not resolve is a mistake in the options, not a reason to retry for a minute: one line, nothing sent. */
    private static void resolve(String host) {
        try {
            InetAddress.getAllByName(host.strip());
        } catch (java.net.UnknownHostException e) {
            throw new InputException("smtp-host", "--smtp-host: cannot resolve SMTP host " + host.strip()
                    + "; check the name (nothing was sent)");
        } catch (SecurityException e) {
            // resolution not allowed here: the connection will say what is wrong
        }
    }

    /** A plain-text password to this machine never leaves it, so it is allowed (local relays, tests). */
    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
