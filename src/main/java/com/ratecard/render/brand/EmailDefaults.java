package com.ratecard.render.brand;

import java.util.List;

/** Sender defaults and signature for delivery mail. replyTo may be null. */
public record EmailDefaults(String from, String replyTo, List<String> cc, List<String> bcc, String signature) {
    public EmailDefaults {
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }
}
