package com.ratecard.web.view;

/** A name the data knows, offered while typing: the value to fill in, how it matched, and whether it is a premium skill. */
public record SuggestionView(String value, String note, boolean premium) {}
