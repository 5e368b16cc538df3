package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A run registers only the command it names; one that lists commands, or a mistyped one, gets them all. */
class MainTest {
    @Test
    void theNamedCommandIsFoundPastTheRootsOptions() {
        assertEquals("quote", Main.named(new String[] {"quote", "--role", "mlops"}));
        assertEquals("quote", Main.named(new String[] {"--data", "quote-data", "-q", "quote"}));
        assertEquals("batch", Main.named(new String[] {"-v", "batch", "x.csv"}));
        assertNull(Main.named(new String[] {"help", "quote"}));
        assertNull(Main.named(new String[] {"completion", "bash"}));
        assertNull(Main.named(new String[] {"qoute"}), "a near miss needs every name for its suggestion");
        assertNull(Main.named(new String[] {"--version"}));
        assertEquals(1, Main.commandLine(Terminal.NONE, "roles").getSubcommands().size());
    }
}
