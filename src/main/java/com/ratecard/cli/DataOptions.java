package com.ratecard.cli;

import com.ratecard.data.MarketData;
import com.ratecard.data.MarketDataLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --data DIR, shared by every command that reads the salary tables. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Folder of salary tables (default: the bundled data/).")
    Path dir;

    Path dir() {
        return dir != null ? dir : Home.dir().resolve("data");
    }

    MarketData load() {
        return MarketDataLoader.load(dir());
    }
}
