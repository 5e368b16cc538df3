package com.ratecard.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SafeNamesTest {
    @Test
    void hostileNamesBecomePlainSegments() {
        assertEquals("etc-passwd", SafeNames.segment("../../etc/passwd"));
        assertEquals("a-b-c", SafeNames.segment("a\\b:c"));
        assertEquals("unnamed", SafeNames.segment("..."));
        assertEquals("con_", SafeNames.segment("CON"));
        assertEquals("zoë-łukasiewicz-gmbh", SafeNames.segment("Zoë Łukasiewicz GmbH"));
        assertEquals("株式会社テスト", SafeNames.segment("株式会社テスト"));
    }

    @Test
    void longNamesAreCutOnACodePoint() {
        // U+20000 is a CJK letter outside the BMP: two chars, one code point.
        String name = SafeNames.segment("a".repeat(79) + "\uD840\uDC00" + "b".repeat(50));
        assertEquals(80, name.codePointCount(0, name.length()));
        assertTrue(name.endsWith("\uD840\uDC00"), name);
    }

    @Test
    void nothingResolvesOutsideTheRoot() {
        Path root = Path.of("/tmp/out");
        assertEquals(Path.of("/tmp/out/a/b.pdf"), SafeNames.inside(root, "a/b.pdf"));
        assertThrows(IllegalArgumentException.class, () -> SafeNames.inside(root, "../x.pdf"));
        assertThrows(IllegalArgumentException.class, () -> SafeNames.inside(root, "a/../../x.pdf"));
        assertThrows(IllegalArgumentException.class, () -> SafeNames.inside(root, "/etc/passwd"));
    }
}
