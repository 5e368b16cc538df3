package com.ratecard.web.view;

/**
 * What every page's frame shows: its title, which tab is active, the agency's name, the CSRF token
 * the page's forms and htmx requests carry, and the htmx script's path.
 */
public record PageView(String title, String active, String agency, String csrf, String htmx) {}
