package com.ratecard.delivery.mail;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.SafeNames;
import com.ratecard.delivery.WrittenFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a message's attachments from the output folder, each once, and checks them against the
 * manifest: the bytes checked are the bytes sent. Refuses files outside the folder, missing files and
 * files that changed after the batch wrote them.
 */
final class AttachmentLoader {
    /** An attachment that cannot be sent as planned; the message says why. */
    static final class Problem extends IOException {
        Problem(String message) {
            super(message);
        }
    }

    private final Path out;
    private final Path root;

    AttachmentLoader(Path out) {
        this.out = out;
        this.root = out.toAbsolutePath().normalize();
    }

    /** The message's attachments in manifest order; a {@link Problem} for the first that is unusable. */
    List<Attachment> load(Outgoing message) throws IOException {
        List<Attachment> loaded = new ArrayList<>();
        for (WrittenFile f : message.attachments()) {
            Path file;
            try {
                file = SafeNames.inside(root, f.path());
            } catch (IllegalArgumentException e) {
                throw new Problem("attachment \"" + f.path() + "\" points outside " + out + "; refused");
            }
            if (!Files.isRegularFile(file)) {
                throw new Problem("attachment " + f.path() + " is missing from " + out + "; run the batch again to regenerate it");
            }
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                throw new Problem("attachment " + f.path() + " links outside " + out + "; refused");
            }
            byte[] bytes = Files.readAllBytes(file);
            String hash = HexFormat.of().formatHex(AtomicFiles.sha256().digest(bytes));
            if (bytes.length != f.size() || !hash.equals(f.sha256())) {
                throw new Problem("attachment " + f.path() + " does not match the manifest (" + bytes.length + " bytes, SHA-256 "
                        + hash.substring(0, 12) + "… on disk; manifest: " + f.size() + " bytes, " + f.sha256().substring(0, 12)
                        + "…); it changed after the batch wrote it, so it was not sent");
            }
            loaded.add(new Attachment(f, Attachment.fileName(f.path()), Attachment.mimeType(f.format()), bytes));
        }
        return loaded;
    }
}
