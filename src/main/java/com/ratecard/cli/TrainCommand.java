package com.ratecard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The launcher's training run for its fast-start archive (class-data sharing on Java 17, the AOT
 * cache on 25): what account managers run, on the bundled samples, in one JVM, so the archive
 * holds the classes (and on 25 the profiles) of every command. Hidden: not for users.
 */
@Command(name = "train", hidden = true, mixinStandardHelpOptions = true, description = "Run every command on the bundled samples (the launcher's archive training).")
public final class TrainCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
        Path samples = Home.dir().resolve("samples");
        Path scratch = Files.createTempDirectory("ratecard-train-");
        try {
            List<String[]> runs = new ArrayList<>();
            runs.add(new String[] {"quote", "--opening", samples.resolve("acme-senior-mlops-san-diego.yaml").toString()});
            runs.add(new String[] {"quote", "--role", "Sr. ML Platform Engineer", "--location", "Jersey City, NJ", "--skill", "vLLM",
                    "--budget", "150K", "--format", "json"});
            runs.add(new String[] {"generate", "--opening", samples.resolve("quanta-staff-ml-engineer-nyc.yaml").toString(),
                    "--out", scratch.resolve("generate").toString(), "--quiet"});
            runs.add(new String[] {"batch", samples.resolve("openings.csv").toString(), "--out", scratch.resolve("batch").toString(),
                    "--quiet", "--zip"});
            runs.add(new String[] {"send", scratch.resolve("batch").toString(), "--dry-run", "--quiet"});
            runs.add(new String[] {"roles"});
            for (String[] run : runs) {
                CommandLine cli = Main.commandLine();
                StringWriter sink = new StringWriter();
                cli.setOut(new PrintWriter(sink));
                cli.setErr(new PrintWriter(sink));
                cli.execute(run);
            }
            return ExitCodes.OK;
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
