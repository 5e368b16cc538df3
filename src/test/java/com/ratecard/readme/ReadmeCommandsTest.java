package com.ratecard.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every ./ratecard line of the README runs as written, in order, in a fresh folder holding what a
 * clone holds (samples/, data/); lines that need an SMTP server are left out, by the rule below.
 * The examples shown with their output print exactly that, and every option the program has is
 * documented.
 */
class ReadmeCommandsTest {
    private static final Path README = Path.of("README.md");

    @TempDir
    Path dir;

    /** A real send needs a mail server (send, or batch --send, without --dry-run); serve runs until stopped (its own tests). */
    static boolean needsAServer(List<String> words) {
        if (!words.isEmpty() && words.get(0).equals("serve")) return true;
        boolean sends = (!words.isEmpty() && words.get(0).equals("send")) || words.contains("--send");
        return sends && !words.contains("--dry-run");
    }

    @Test
    void everyCommandLineRunsAsWritten() throws Exception {
        List<ReadmeCommands.Line> lines = ReadmeCommands.read(README).lines();
        List<ReadmeCommands.Line> run = lines.stream().filter(l -> !needsAServer(l.words())).toList();
        List<ReadmeCommands.Line> skipped = lines.stream().filter(l -> needsAServer(l.words())).toList();
        assertTrue(run.size() >= 15, "the README's commands: " + run.size());
        assertTrue(skipped.stream().allMatch(l -> l.text().contains("--smtp-host") || l.words().get(0).equals("serve")),
                "only real sends and the web app are left out: " + skipped);

        copy(Path.of("samples"), dir.resolve("samples"));
        copy(Path.of("data"), dir.resolve("data"));
        Path commands = dir.resolve("commands.txt");
        Files.write(commands, run.stream().map(l -> String.join(ReadmeRunner.SEPARATOR, l.words())).toList(), StandardCharsets.UTF_8);
        Path results = Files.createDirectories(dir.resolve("results"));
        Path work = Files.createDirectories(dir.resolve("clone"));
        Files.move(dir.resolve("samples"), work.resolve("samples"));
        Files.move(dir.resolve("data"), work.resolve("data"));
        runInAChildJvm(work, commands, results);

        for (int i = 0; i < run.size(); i++) {
            ReadmeCommands.Line line = run.get(i);
            int code = Integer.parseInt(Files.readString(results.resolve(i + ".code")));
            String out = Files.readString(results.resolve(i + ".out"));
            String err = Files.readString(results.resolve(i + ".err"));
            String what = "README.md:" + line.number() + ": " + line.text() + "\nexit " + code + "\n" + out + err;
            assertEquals(line.exit(), code, what);
            assertFalse((out + err).contains("\tat "), "no stack trace: " + what);
            if (!line.shownOutput().isEmpty()) assertEquals(line.shownOutput(), (out + err).lines().toList(), what);
        }
        for (String path : listedPaths()) assertTrue(Files.exists(work.resolve(path)), "the tour's " + path + " exists");
    }

    /** The folders the tour's `ls` lines look at. */
    private static List<String> listedPaths() throws IOException {
        List<String> paths = new ArrayList<>();
        Matcher ls = Pattern.compile("(?m)^ls ((?:\\S+ ?)+)$").matcher(Files.readString(README));
        while (ls.find()) paths.addAll(List.of(ls.group(1).strip().split(" ")));
        assertFalse(paths.isEmpty(), "the tour looks at its files");
        return paths;
    }

    private static void runInAChildJvm(Path work, Path commands, Path results) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx1g", "-Djava.awt.headless=true",
                "-Djavax.xml.transform.TransformerFactory=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
                "-Dratecard.home=" + Path.of("").toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
                ReadmeRunner.class.getName(), commands.toString(), results.toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(results.resolve("child.log").toFile()).start();
        assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the README's commands finished");
        assertEquals(0, child.exitValue(), Files.readString(results.resolve("child.log")));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }

    @Test
    void everyOptionIsDocumented() throws IOException {
        String readme = Files.readString(README);
        List<String> missing = new ArrayList<>();
        walk(Main.commandLine(), missing, readme);
        assertEquals(List.of(), missing, "options the README does not mention");
    }

    private static void walk(CommandLine cli, List<String> missing, String readme) {
        for (var option : cli.getCommandSpec().options()) {
            String name = option.longestName();
            if (!readme.contains(name) && !missing.contains(name)) missing.add(cli.getCommandSpec().qualifiedName() + " " + name);
        }
        for (CommandLine sub : cli.getSubcommands().values()) walk(sub, missing, readme);
    }

    @Test
    void theLineSplitterReadsLikeAShell() {
        assertEquals(List.of("quote", "--role", "ML Platform Engineer", "--budget", "$110/h"),
                ReadmeCommands.Words.split("./ratecard quote --role \"ML Platform Engineer\" --budget '$110/h'  # a comment", 1).words());
        assertEquals("exit 4: why", ReadmeCommands.Words.split("./ratecard batch x.csv   # exit 4: why", 1).comment());
        assertEquals(List.of("a#b"), ReadmeCommands.Words.split("./ratecard a#b", 1).words());
        for (String shell : List.of("./ratecard roles | head", "./ratecard roles > x", "./ratecard $(echo roles)", "./ratecard a; rm x")) {
            try {
                ReadmeCommands.Words.split(shell, 1);
                throw new AssertionError("accepted " + shell);
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("shell syntax"), expected.getMessage());
            }
        }
    }
}
