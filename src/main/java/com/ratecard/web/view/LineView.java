package com.ratecard.web.view;

/** One labelled figure: "Bill rate", "$98.00 – $122.00/h", with an optional note (may be ""). */
public record LineView(String label, String value, String note) {}
