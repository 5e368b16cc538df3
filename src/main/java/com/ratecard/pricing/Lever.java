package com.ratecard.pricing;

import com.ratecard.data.Opening;
import java.util.List;

/**
 * One change to the opening, or a combination priced as a whole, and what it does to the
 * recommended minimum in the budget's unit: {@code effect} (negative: cheaper) and
 * {@code newMinimum}; {@code closesGap} when the budget then reaches it. {@code changed} is the
 * opening with the change applied: pricing it gives {@code newMinimum}.
 */
public record Lever(String id, String label, List<String> changes, double effect, double newMinimum, boolean closesGap,
                    String detail, Opening changed) {
    public Lever {
        changes = List.copyOf(changes);
    }
}
