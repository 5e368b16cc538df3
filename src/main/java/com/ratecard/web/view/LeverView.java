package com.ratecard.web.view;

import java.util.List;

/** A lever as the quote page offers it: apply it with its id; figures in the budget's unit. */
public record LeverView(String id, String label, String detail, String effect, String newMinimum, boolean closesGap,
                        List<String> changes) {}
