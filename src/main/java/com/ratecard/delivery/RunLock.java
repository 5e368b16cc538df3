package com.ratecard.delivery;

import com.ratecard.data.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The one lock of an output folder ({@code .ratecard.lock}): batch, generate, send and the web app
 * take it before they change anything there, so no two of them ever interleave. It is an operating
 * system lock (released when the process dies, however it dies); the file names the holder for the
 * busy message and is deleted on a clean exit.
 *
 * <p>Deleting a lock file is only safe with care: a holder deletes it while still holding the
 * lock, and a new holder, once locked, checks that the file under the name is the one it locked
 * (it writes a token through its channel and reads it back by name), else it tries again.
 */
public final class RunLock implements AutoCloseable {
    public static final String FILE = ".ratecard.lock";
    private static final int ATTEMPTS = 20;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code folder} (created if missing) for {@code command} ("batch", "send"...).
     * @throws InputException when another run holds it, naming that run
     */
    public static RunLock acquire(Path folder, String command) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE);
        String token = "ratecard " + command + ", pid " + ProcessHandle.current().pid() + ", since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", " + UUID.randomUUID();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by a run in this same JVM
            } catch (IOException | RuntimeException e) {
                closeQuietly(channel, e);
                throw e;
            }
            if (lock == null) {
                String holder = holder(file);
                channel.close();
                throw new InputException("out", "out: " + folder + " is in use by another ratecard run"
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + "; expected it to finish first, or a different folder");
            }
            try {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                if (token.equals(readQuietly(file))) return new RunLock(file, channel, lock);
            } catch (IOException | RuntimeException e) {
                lock.release();
                closeQuietly(channel, e);
                throw e;
            }
            // The name now leads to another file (the last holder deleted ours): lock that one.
            lock.release();
            channel.close();
        }
        throw new IOException("could not take the lock " + file + " (it keeps being replaced)");
    }

    /** The holder's description (without its token), or empty when unknown. */
    private static String holder(Path file) {
        String text = readQuietly(file);
        int token = text.lastIndexOf(", ");
        return (token > 0 ? text.substring(0, token) : text).strip();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel, Exception cause) {
        try {
            channel.close();
        } catch (IOException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    /** Deletes the lock file (while still holding the lock), then releases it. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
