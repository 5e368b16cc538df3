package com.ratecard.delivery.mail;

import com.ratecard.delivery.AtomicFiles;
import com.ratecard.delivery.SafeNames;
import com.ratecard.delivery.manifest.WrittenFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a message's attachments from the output folder, each once, and checks them: a client
 * deliverable (audience client, a client format), inside the folder and not through a link, with the
 * manifest's size and SHA-256 (the bytes checked are the bytes sent), and a zip holding only the
 * client's own client files. The last line of defence: the planner already picked only such files.
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
            if (!f.forClient() || !Attachment.clientFormats().contains(f.format())) {
                throw new Problem("attachment " + f.path() + " is not a client deliverable (" + f.format() + ", "
                        + (f.audience() == null ? "no audience" : f.audience().id()) + "); refused");
            }
            Path file;
            try {
                file = SafeNames.inside(root, f.path());
            } catch (IllegalArgumentException e) {
                throw new Problem("attachment \"" + f.path() + "\" refused: " + e.getMessage());
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new Problem("attachment " + f.path() + " is missing from " + out + "; run the batch again to regenerate it");
            }
            byte[] bytes = Files.readAllBytes(file);
            String hash = HexFormat.of().formatHex(AtomicFiles.sha256().digest(bytes));
            if (bytes.length != f.size() || !hash.equals(f.sha256())) {
                throw new Problem("attachment " + f.path() + " does not match the manifest (" + bytes.length + " bytes, SHA-256 "
                        + hash.substring(0, 12) + "… on disk; manifest: " + f.size() + " bytes, " + f.sha256().substring(0, 12)
                        + "…); it changed after the batch wrote it, so it was not sent");
            }
            if ("zip".equals(f.format())) checkZip(f, bytes, message);
            loaded.add(new Attachment(f, f.fileName(), Attachment.mimeType(f.format()), bytes));
        }
        return loaded;
    }

    /** Every entry of the zip must be one of the client's own client files, by name. */
    private static void checkZip(WrittenFile f, byte[] bytes, Outgoing message) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!message.zipEntries().contains(e.getName())) {
                    throw new Problem("attachment " + f.path() + " holds " + e.getName() + ", which is not one of "
                            + (message.client() == null ? "the client" : message.client()) + "'s client deliverables; refused");
                }
            }
        }
    }
}
