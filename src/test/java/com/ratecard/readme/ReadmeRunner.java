package com.ratecard.readme;

import com.ratecard.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs command lines in this JVM's working directory, one after the other as a user pastes them,
 * and records each one's exit code and output. {@link ReadmeCommandsTest} starts it in a fresh
 * folder, so the README's relative paths mean what they mean in a fresh clone.
 * Arguments: a file of commands (one per line, words separated by U+001F) and a folder for results.
 */
public final class ReadmeRunner {
    static final String SEPARATOR = "\u001f";

    private ReadmeRunner() {}

    public static void main(String[] args) throws Exception {
        List<String> commands = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        Path results = Path.of(args[1]);
        for (int i = 0; i < commands.size(); i++) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(commands.get(i).isEmpty() ? new String[0] : commands.get(i).split(SEPARATOR, -1));
            Files.writeString(results.resolve(i + ".out"), out.toString());
            Files.writeString(results.resolve(i + ".err"), err.toString());
            Files.writeString(results.resolve(i + ".code"), Integer.toString(code));
        }
    }
}
