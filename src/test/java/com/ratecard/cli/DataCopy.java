package com.ratecard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the bundled salary tables to edit in a test. */
final class DataCopy {
    private DataCopy() {}

    static Path of(Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
        }
        return data;
    }
}
