package com.ratecard.cli;

import com.ratecard.data.InputException;
import com.ratecard.data.MarketData;
import com.ratecard.data.MarketDataLoader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, before or after its name ({@code ratecard --data d quote} or
 * {@code ratecard quote --data d}). Declared once, on the top command: picocli copies INHERIT
 * options to each subcommand, and every copy sets this one instance, which commands reach with
 * {@link #of}.
 */
final class CommonOptions {
    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of salary tables (default: the bundled data/); commands that price read it.")
    Path dataDir;
    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only results and errors: no progress, no summary of a run that went well.")
    boolean quiet;
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Show stack traces on errors.")
    boolean verbose;

    /** The options given to this run, wherever on the command line they were. */
    static CommonOptions of(CommandSpec spec) {
        return ((RatecardCommand) spec.root().userObject()).common;
    }

    Path dataDir() {
        return dataDir != null ? dataDir : Home.dir().resolve("data");
    }

    /**
     * The salary tables. A folder that is missing, unreadable or holds no tables at all is a wrong
     * option (bad input); a folder of tables with problems in them is invalid data.
     */
    MarketData loadData() {
        Path dir = dataDir();
        String option = dataDir != null ? "--data " + dir : "the bundled data folder " + dir;
        if (!Files.exists(dir)) throw new InputException("data", option + ": no such folder; expected a folder of salary tables like data/");
        if (!Files.isDirectory(dir)) throw new InputException("data", option + ": not a folder; expected a folder of salary tables like data/");
        if (!Files.isReadable(dir)) throw new InputException("data", option + ": not readable; check its permissions");
        if (!holdsTables(dir)) {
            throw new InputException("data", option + ": holds no salary tables (no .csv files); expected a folder like data/");
        }
        return MarketDataLoader.load(dir);
    }

    private static boolean holdsTables(Path dir) {
        try (DirectoryStream<Path> tables = Files.newDirectoryStream(dir, "*.csv")) {
            return tables.iterator().hasNext();
        } catch (IOException e) {
            throw new InputException("data", dir + ": cannot be listed (" + e.getClass().getSimpleName() + "); check its permissions");
        }
    }
}
