package com.ratecard.delivery.mail;

import com.ratecard.data.InputException;
import com.ratecard.render.brand.Brand;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Sender and copies of every message in a run, already validated: the command-line options where
 * given, else the brand's email settings. replyTo is null when neither names one; cc and bcc hold
 * each address once.
 */
record Senders(InternetAddress from, InternetAddress replyTo, List<InternetAddress> cc, List<InternetAddress> bcc) {
    /** The senders for a run; an {@link InputException} names the option or brand field that is not a valid address. */
    static Senders resolve(SendOptions options, Brand brand) {
        try {
            InternetAddress from = HeaderGuard.address(options.from() != null ? "--from" : "brand email.from",
                    options.from() != null ? options.from() : brand.email().from());
            String replyText = options.replyTo() != null ? options.replyTo() : brand.email().replyTo();
            InternetAddress replyTo = replyText == null || replyText.isBlank() ? null
                    : HeaderGuard.address(options.replyTo() != null ? "--reply-to" : "brand email.reply_to", replyText);
            List<InternetAddress> cc = list(options.cc() != null ? "--cc" : "brand email.cc", options.cc() != null ? options.cc() : brand.email().cc());
            List<InternetAddress> bcc = list(options.bcc() != null ? "--bcc" : "brand email.bcc",
                    options.bcc() != null ? options.bcc() : brand.email().bcc());
            return new Senders(from, replyTo, cc, bcc);
        } catch (HeaderGuard.HeaderException e) {
            throw new InputException(e.field(), e.getMessage());
        }
    }

    /** The non-blank values as addresses, each address once (first spelling wins). */
    private static List<InternetAddress> list(String field, List<String> values) {
        List<InternetAddress> out = new ArrayList<>();
        for (String v : values) {
            if (v == null || v.isBlank()) continue;
            InternetAddress a = HeaderGuard.address(field, v);
            if (out.stream().noneMatch(x -> HeaderGuard.key(x).equals(HeaderGuard.key(a)))) out.add(a);
        }
        return out;
    }
}
