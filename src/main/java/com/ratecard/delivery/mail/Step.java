package com.ratecard.delivery.mail;

import java.util.List;

/** What the planner decided for part of the manifest: send a message, skip it, leave it in doubt, or report it. */
public sealed interface Step {
    /** Send (or, in a dry run, write) this message. resent: the ledger's in-doubt line it resends (--resend-in-doubt), or null. */
    record Send(Outgoing message, boolean changed, SendLedger.Line resent) implements Step {}

    /** Already delivered (changed=false), or delivered before with other content and not resent (changed=true). */
    record Skip(String label, List<Integer> rows, String to, boolean changed, String detail) implements Step {}

    /** An earlier run may have delivered it (the connection failed after the data): not sent again without --resend-in-doubt. */
    record InDoubt(String label, List<Integer> rows, String to, String detail) implements Step {}

    /** Cannot be sent: no contact, a refused header value, a failed row, no client deliverable. */
    record Fail(String label, List<Integer> rows, String to, String reason) implements Step {}
}
