package com.ratecard.delivery.mail;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.SafeNames;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dry run's {@code out/outbox/}: each message as an RFC 822 .eml file (CRLF line ends, Bcc kept
 * so the reader sees every recipient), written atomically. A dry run starts by removing the .eml
 * files a previous dry run wrote (by their name's shape; nothing else there is touched), so the
 * folder shows exactly what a real run would send now.
 */
public final class Outbox {
    public static final String FOLDER = "outbox";
    /** What {@link #write} names a file: ...-row-N-0123456789ab.eml or ...-all-0123456789ab.eml. */
    private static final Pattern OURS = Pattern.compile(".+-(row-\\d+|all)-[0-9a-f]{12}\\.eml");
    private final Path out;
    private final Path dir;

    public Outbox(Path out) {
        this.out = out;
        this.dir = SafeNames.inside(out, FOLDER);
    }

    public Path dir() {
        return dir;
    }

    /** Removes the .eml files a previous dry run left. */
    public void clear() throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> OURS.matcher(f.getFileName().toString()).matches()
                    && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Writes the message as {@code <client>-<label>-<key>.eml}; returns the file. */
    public Path write(Outgoing planned, MimeMessage message) throws IOException {
        String label = planned.per() == SendOptions.Per.OPENING && !planned.rows().isEmpty() ? "row-" + planned.rows().get(0) : "all";
        String name = SafeNames.segment(planned.clientFolder(), 60) + "-" + label + "-" + planned.key().substring(0, 12) + ".eml";
        Path target = SafeNames.inside(out, FOLDER + "/" + name);
        AtomicFiles.write(target, stream -> {
            try {
                message.writeTo(stream);
            } catch (MessagingException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
        return target;
    }
}
