package com.ratecard.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * What the output is connected to: an interactive terminal gets a live progress bar, and colour
 * unless the user asked for none with NO_COLOR (https://no-color.org) or TERM=dumb. Files, pipes
 * and CI logs get neither.
 */
record Terminal(boolean interactive, boolean colour) {
    static final Terminal NONE = new Terminal(false, false);

    static Terminal detect() {
        return of(isTerminal(), System.getenv());
    }

    static Terminal of(boolean interactive, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        boolean colourOff = (noColor != null && !noColor.isEmpty()) || "dumb".equals(env.get("TERM"));
        return new Terminal(interactive, interactive && !colourOff);
    }

    /**
     * Java 17 has a console only when stdin and stdout are terminals; from Java 22 there is always
     * one and {@code Console.isTerminal()} says (called by reflection: the bytecode targets 17).
     */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
