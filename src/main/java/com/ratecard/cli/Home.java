package com.ratecard.cli;

import java.nio.file.Path;

/** Where the bundled data/ and templates/ live: the launcher passes -Dratecard.home. */
final class Home {
    private Home() {}

    static Path dir() {
        return Path.of(System.getProperty("ratecard.home", ".")).toAbsolutePath().normalize();
    }
}
