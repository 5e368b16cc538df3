package com.ratecard.web.view;

/** The brand as the stylesheet uses it: colours as #RRGGBB and the font family. */
public record BrandView(String primary, String accent, String text, String muted, String font) {}
