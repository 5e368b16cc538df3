package com.ratecard.delivery.mail;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.SafeNames;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The dry run's {@code out/outbox/}: each message as an RFC 822 .eml file (CRLF line ends, Bcc kept
 * so the reader sees every recipient), written atomically. A dry run starts by removing the .eml
 * files of the previous one, so the folder shows exactly what a real run would send now.
 */
public final class Outbox {
    public static final String FOLDER = "outbox";
    private final Path dir;

    public Outbox(Path out) {
        this.dir = out.resolve(FOLDER);
    }

    public Path dir() {
        return dir;
    }

    /** Removes the .eml files a previous dry run left. */
    public void clear() throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".eml")).toList()) Files.deleteIfExists(f);
        }
    }

    /** Writes the message as {@code <client>-<label>-<key>.eml}; returns the file. */
    public Path write(Outgoing planned, MimeMessage message) throws IOException {
        String name = SafeNames.segment(planned.clientFolder() + "-" + (planned.per() == SendOptions.Per.OPENING && !planned.rows().isEmpty()
                ? "row-" + planned.rows().get(0) : "all")) + "-" + planned.key().substring(0, 12) + ".eml";
        Path target = SafeNames.inside(dir, name);
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
