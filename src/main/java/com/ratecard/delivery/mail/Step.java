package com.ratecard.delivery.mail;

import java.util.List;

/** What the planner decided for part of the manifest: send a message, skip it, or report it. */
public sealed interface Step {
    /** Send (or, in a dry run, write) this message. interrupted: an earlier run stopped while sending it. */
    record Send(Outgoing message, boolean changed, boolean interrupted) implements Step {}

    /** Already delivered (changed=false), or delivered before with other content and not resent (changed=true). */
    record Skip(String label, List<Integer> rows, String to, boolean changed, String detail) implements Step {}

    /** Cannot be sent: no contact, a refused header value, a failed row. */
    record Fail(String label, List<Integer> rows, String to, String reason) implements Step {}
}
