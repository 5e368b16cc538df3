package com.ratecard.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which rows are one client, and that distinct clients never share a folder, whatever their names. */
class ClientIdentityTest {
    private static ClientIdentity of(String name) {
        return ClientIdentity.of(name, null);
    }

    @Test
    void theSameClientWrittenDifferently() {
        List<String> acme = List.of("Acme Robotics", "ACME ROBOTICS", "acme  robotics", " Acme\tRobotics ", "Ａｃｍｅ Robotics",
                "Acme\u200B Robotics", "Acme\u00A0Robotics", "Acme Robotics\u200D", "Acme\u2003Robotics");
        for (String name : acme) {
            assertEquals(of("Acme Robotics").id(), of(name).id(), name);
            assertEquals("acme-robotics", of(name).folder(), name);
        }
        assertEquals(of("Straße AG").id(), of("STRASSE AG").id(), "full case folding");
        assertEquals(of("ﬁnance co").id(), of("finance co").id(), "NFKC: a ligature is its letters");
    }

    @Test
    void nearDuplicatesAndHostileNamesAreDistinctClientsInDistinctFolders() {
        List<String> names = List.of("C++ Labs", "C Labs", "C-Labs", "C.Labs", "c_labs", "C Labs Inc", "C Labs, Inc.",
                "..", ".", "!!!", "???", "...", "/", "\\", "CON", "con", "Outbox", "outbox.", "nul", "-", "_", "a/../b", "../etc",
                "x".repeat(80) + "1", "x".repeat(80) + "2", "x".repeat(200), "é", "e\u0301x", "\u202Eevil", "Acme ❤", "Acme ❥",
                "😀", "😁", "株式会社テスト", "株式会社テスト2", "=HYPERLINK(\"x\")", "+1", "@a", "Zoë Łukasiewicz GmbH", "client_0000000000");
        Map<String, String> owners = new HashMap<>();
        for (String name : names) {
            ClientIdentity c = of(name);
            String before = owners.put(c.folder(), c.id());
            assertTrue(before == null || before.equals(c.id()), name + " shares " + c.folder() + " with " + before);
            assertTrue(c.folder().matches("[\\p{L}\\p{M}\\p{N}_-]+"), name + " -> " + c.folder());
            assertTrue(!c.folder().startsWith(".") && !c.folder().isEmpty() && c.folder().length() <= 60, c.folder());
        }
        assertEquals("c-labs", of("C Labs").folder(), "a name of letters and spaces spells its folder");
        assertTrue(of("C++ Labs").folder().matches("c-labs_[0-9a-z]{10}"), of("C++ Labs").folder());
        assertTrue(of("..").folder().matches("client_[0-9a-z]{10}"), "a name that slugs to nothing: " + of("..").folder());
        assertNotEquals(of("!!!").folder(), of("???").folder());
        assertNotEquals(of("x".repeat(80) + "1").folder(), of("x".repeat(80) + "2").folder(), "names equal in their first 80 characters");
        assertTrue(of("Outbox").folder().startsWith("outbox_"), "never the send outbox");
        assertTrue(of("CON").folder().startsWith("con_"));
    }

    @Test
    void aClientIdDecidesWhenGiven() {
        ClientIdentity a = ClientIdentity.of("Acme", "42");
        ClientIdentity b = ClientIdentity.of("Acme Robotics Inc.", " 42 ");
        ClientIdentity c = ClientIdentity.of("Acme", "43");
        assertEquals(a.id(), b.id(), "same id, whatever the names");
        assertTrue(b.folder().endsWith(a.folder().substring(a.folder().indexOf('_'))), "the id decides the folder's hash");
        assertNotEquals(a.id(), c.id(), "same name, other id: another client");
        assertNotEquals(a.folder(), c.folder());
        assertNotEquals(a.id(), of("Acme").id(), "a row with an id is never the same client as one without");
        assertNotEquals(a.folder(), of("Acme").folder());
        assertTrue(a.folder().matches("acme_[0-9a-z]{10}"), a.folder());
    }
}
