package com.ratecard.delivery;

import com.ratecard.render.FlushOnClose;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes files so that a crash never leaves a half-written file under the final name: the content
 * goes to a hidden temporary file in the same folder, is flushed to disk, then renamed over the target.
 */
public final class AtomicFiles {
    /** Temporary files start with this; a rerun may delete leftovers of a killed run. */
    public static final String TEMP_PREFIX = ".ratecard-tmp-";

    /** Writes the content of a stream; it may close the stream (closing only flushes). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /** Writes {@code target} atomically and returns the size and SHA-256 of what was written. */
    public static Digest write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, TEMP_PREFIX, "-" + target.getFileName());
        try {
            readableByAll(temp);
            MessageDigest sha = sha256();
            long size;
            try (OutputStream file = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 CountingOutputStream counting = new CountingOutputStream(new DigestOutputStream(file, sha))) {
                // Libraries close what they write to; the file must stay open until it is synced.
                content.writeTo(new FlushOnClose(counting));
                counting.flush();
                size = counting.count();
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
            return new Digest(size, HexFormat.of().formatHex(sha.digest()));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Temp files are created owner-only; deliverables are ordinary files others (a mailer, a web server) may read. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Makes a rename or a new file's name durable; not every file system lets a folder be opened, so best effort. */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The file is complete under its final name either way; only power-loss durability is weaker.
        }
    }

    /** Writes a string as UTF-8, atomically. */
    public static Digest writeString(Path target, String text) throws IOException {
        return write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Size and SHA-256 of a file on disk. */
    public static Digest digest(Path file) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; size += n) sha.update(buffer, 0, n);
        }
        return new Digest(size, HexFormat.of().formatHex(sha.digest()));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What was written. */
    public record Digest(long size, String sha256) {}

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }
    }
}
