package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./ratecard launcher on a machine without the right Java or Maven, on its first run and on the
 * fast path, with stand-ins for java and mvn on a PATH that holds nothing else of the kind.
 */
class LauncherTest {
    /** What the launcher itself calls, besides java and mvn. */
    private static final List<String> TOOLS = List.of("bash", "dirname", "find", "sed", "head", "cut", "mktemp", "rm", "touch",
            "mkdir", "tee", "grep", "cat");

    @TempDir
    Path dir;
    Path project;
    Path bin;

    record Run(int code, String err) {}

    @BeforeEach
    void machine() throws IOException {
        project = Files.createDirectories(dir.resolve("ratecard"));
        Files.copy(Path.of("ratecard"), project.resolve("ratecard"));
        Files.createDirectories(project.resolve("src/main/java"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : TOOLS) {
            Path real = Path.of("/usr/bin", tool);
            if (!Files.exists(real)) real = Path.of("/bin", tool);
            script(tool, "exec " + real + " \"$@\""); // a wrapper, not a link: the temporary folder holds only its own files
        }
    }

    private void script(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A java that reports this version, records each start's arguments and makes an archive when asked to. */
    private void java(String version) throws IOException {
        script("java", "if [ \"$1\" = -version ]; then echo 'openjdk version \"" + version + "\" 2024-01-16' >&2; exit 0; fi\n"
                + "echo \"$*\" >> \"" + dir.resolve("java.log") + "\"\n"
                + "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) touch \"${a#*=}\" ;; esac; done");
        script("javac", "exit 0");
    }

    /** A Maven of this version whose build prints these lines and makes the jar (or fails). */
    private void mvn(String version, String output, boolean ok) throws IOException {
        script("mvn", "if [ \"$2\" = -v ]; then echo 'Apache Maven " + version + " (Debian)'; exit 0; fi\n"
                + "printf '%s\\n' " + output + "\n"
                + (ok ? "mkdir -p target && touch target/ratecard.jar" : "exit 1"));
    }

    private void upToDateJar() throws IOException {
        Path jar = Files.createDirectories(project.resolve("target")).resolve("ratecard.jar");
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.from(Instant.now().minusSeconds(3600)));
        Files.setLastModifiedTime(project.resolve("src/main/java"), FileTime.from(Instant.now().minusSeconds(3600)));
        Files.setLastModifiedTime(project.resolve("src/main"), FileTime.from(Instant.now().minusSeconds(3600)));
        Files.setLastModifiedTime(project.resolve("src"), FileTime.from(Instant.now().minusSeconds(3600)));
    }

    private Run launch(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(project.resolve("ratecard").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", bin.toString());
        builder.environment().put("RATECARD_JDKS", bin.resolve("no-jdks").toString()); // no JDK 25 from the machine
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = builder.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), err);
    }

    private static void assertOneLine(Run run, String... parts) {
        assertEquals(1, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        for (String part : parts) assertTrue(run.err().contains(part), part + " in: " + run.err());
    }

    @Test
    void noJavaIsOneLineNamingWhatToInstall() throws Exception {
        assertOneLine(launch("quote"), "ratecard: Java not found", "install a JDK 17 or newer", "openjdk-17-jdk");
    }

    @Test
    void anOldJavaIsOneLineNamingItsVersion() throws Exception {
        java("11.0.22");
        assertOneLine(launch("quote"), "needs Java 17 or newer, found Java 11.0.22", "install a JDK 17 or newer");
        java("1.8.0_292");
        assertOneLine(launch("quote"), "found Java 1.8.0_292");
    }

    @Test
    void noMavenIsOneLineWhenABuildIsNeeded() throws Exception {
        java("17.0.15");
        Run run = launch("quote");
        assertEquals(1, run.code(), run.err());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("ratecard: Maven (mvn) not found"), run.err());
        assertTrue(run.err().contains("install Maven 3.8 or newer"), run.err());
        assertEquals(1, lines.stream().filter(l -> l.contains("mvn")).count(), run.err());
    }

    @Test
    void anOldMavenOrAJavaRuntimeWithoutCompilerIsNamed() throws Exception {
        java("17.0.15");
        mvn("3.6.3", "x", true);
        assertTrue(launch("quote").err().contains("needs Maven 3.8 or newer, found Maven 3.6.3"));
        mvn("3.8.7", "x", true);
        Files.delete(bin.resolve("javac"));
        assertTrue(launch("quote").err().contains("without the compiler (javac)"));
    }

    @Test
    void theFirstRunSaysWhatItIsDoing() throws Exception {
        java("17.0.15");
        mvn("3.8.7", "'[INFO] Downloading from central: https://repo.maven.apache.org/x.pom'"
                + " '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-jar-plugin/3.4.2/maven-jar-plugin-3.4.2.pom'"
                + " '[INFO] --- maven-compiler-plugin:3.14.0:compile (default-compile) @ ratecard ---'"
                + " '[INFO] Downloading from central: https://repo.maven.apache.org/y.pom'"
                + " '[INFO] --- maven-jar-plugin:3.4.2:jar (default-jar) @ ratecard ---'", true);
        Run first = launch("roles");
        assertEquals(0, first.code(), first.err());
        List<String> lines = first.err().lines().toList();
        assertEquals(5, lines.size(), first.err());
        assertTrue(lines.get(0).startsWith("ratecard: building ratecard") && lines.get(0).contains("about a minute"), first.err());
        assertTrue(lines.get(1).startsWith("ratecard: downloading the dependencies") && lines.get(1).contains("MB"), first.err());
        assertTrue(lines.get(2).startsWith("ratecard: compiling (about"), first.err());
        assertEquals("ratecard: packaging...", lines.get(3));
        assertTrue(lines.get(4).startsWith("ratecard: preparing the fast-start archive (about"), first.err());
        assertTrue(Files.readString(project.resolve("target/build.log")).contains("maven-compiler-plugin"), "Maven's output is kept");

        Run second = launch("roles");
        assertEquals(0, second.code());
        assertEquals("", second.err(), "nothing to say once built");
    }

    @Test
    void quietQuietsTheFirstRunToo() throws Exception {
        java("17.0.15");
        mvn("3.8.7", "'[INFO] --- maven-compiler-plugin:3.14.0:compile (default-compile) @ ratecard ---'", true);
        Run run = launch("batch", "x.csv", "--quiet");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void aFailedBuildShowsMavensErrors() throws Exception {
        java("17.0.15");
        mvn("3.8.7", "'[INFO] --- maven-compiler-plugin:3.14.0:compile (default-compile) @ ratecard ---'"
                + " '[ERROR] /src/Main.java:[3,1] class, interface, enum, or record expected' '[ERROR] -> [Help 1]'", false);
        Run run = launch("roles");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("[ERROR] /src/Main.java:[3,1] class, interface, enum, or record expected"), run.err());
        assertFalse(run.err().contains("[Help 1]"), run.err());
        assertTrue(run.err().endsWith("build failed (errors above); full log: " + project.resolve("target/build.log") + "\n"), run.err());
    }

    @Test
    void theFastPathNeedsNoMaven() throws Exception {
        java("17.0.15");
        upToDateJar();
        Run first = launch("quote", "--role", "MLOps");
        assertEquals(0, first.code(), first.err());
        assertFalse(first.err().contains("mvn") || first.err().contains("Maven") || first.err().contains("building"), first.err());
        Run second = launch("quote", "--role", "MLOps");
        assertEquals("", second.err());
        List<String> starts = Files.readAllLines(dir.resolve("java.log"));
        assertEquals(3, starts.size(), "one training run, then two starts: " + starts);
        assertTrue(starts.get(0).contains("-XX:ArchiveClassesAtExit=" + project.resolve("target/ratecard.jsa")), starts.get(0));
        String start = starts.get(2);
        assertTrue(start.contains("-XX:SharedArchiveFile=" + project.resolve("target/ratecard.jsa")), start);
        assertTrue(start.contains("-XX:TieredStopAtLevel=1") && start.endsWith("-jar " + project.resolve("target/ratecard.jar")
                + " quote --role MLOps"), start);
        assertTrue(start.contains("-Dratecard.home=" + project), start);
    }

    @Test
    void aFailedArchiveIsNotRetriedOnEveryStart() throws Exception {
        java("17.0.15");
        upToDateJar();
        script("java", "if [ \"$1\" = -version ]; then echo 'openjdk version \"17.0.15\"' >&2; exit 0; fi\n"
                + "echo \"$*\" >> \"" + dir.resolve("java.log") + "\"; case \"$1\" in -XX:ArchiveClassesAtExit=*) exit 1 ;; esac");
        assertTrue(launch("roles").err().contains("could not be made; ratecard starts without it"));
        assertEquals("", launch("roles").err());
        assertEquals(3, Files.readAllLines(dir.resolve("java.log")).size(), "one failed training run, two starts");
    }
}
