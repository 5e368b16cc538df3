package com.ratecard.delivery.batch;

import java.nio.file.Path;

/** An {@link OpeningSource} read from a file, named in errors by its file name. */
abstract class FileOpenings implements OpeningSource {
    protected final Path file;
    protected final String name;

    FileOpenings(Path file) {
        this.file = file;
        this.name = file.getFileName().toString();
    }

    @Override
    public final String name() {
        return name;
    }
}
