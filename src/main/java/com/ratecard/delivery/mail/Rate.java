package com.ratecard.delivery.mail;

import com.ratecard.data.InputException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A send rate such as "30/min": the least time between the starts of two messages. */
public record Rate(double perMinute) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(?:/\\s*(s|sec|second|min|minute|h|hour))?\\s*");
    public static final Rate UNLIMITED = new Rate(0);

    /** "N/min", "N/s" or "N/h"; a bare N means per minute. */
    public static Rate parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches() || Double.parseDouble(m.group(1)) <= 0) {
            throw new InputException("rate", "--rate: \"" + text + "\" is not a rate; expected N/min such as 30/min (or N/s, N/h)");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "min" : m.group(2);
        double perMinute = switch (unit) {
            case "s", "sec", "second" -> n * 60;
            case "h", "hour" -> n / 60;
            default -> n;
        };
        return new Rate(perMinute);
    }

    /** Milliseconds between message starts; 0 when unlimited. */
    public long intervalMillis() {
        return perMinute <= 0 ? 0 : Math.round(60_000 / perMinute);
    }

    @Override
    public String toString() {
        return perMinute <= 0 ? "unlimited" : String.format(Locale.ROOT, "%s/min", perMinute % 1 == 0 ? String.valueOf((long) perMinute) : perMinute);
    }
}
