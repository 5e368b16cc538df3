package com.ratecard.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.ratecard.render.QuoteDocument;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/**
 * Logos ready for PDF/A-1b, which forbids transparency: each image is flattened onto white once,
 * kept as deflated RGB, and handed to every render as a fresh OpenPDF image over those bytes (an
 * OpenPDF image belongs to the document it is added to, the bytes can be shared). An image is
 * read again when its file changes.
 */
final class ProposalImages {
    /** The addresses the template uses for the logos; the renderer maps them to files. */
    static final String AGENCY_LOGO = "ratecard:agency-logo";
    static final String CLIENT_LOGO = "ratecard:client-logo";

    /** The logos of a document under their addresses: the agency's, and the client's when co-branded. */
    static Map<String, Path> logos(QuoteDocument document) {
        Map<String, Path> logos = new HashMap<>();
        logos.put(AGENCY_LOGO, document.brand().logo());
        if (document.clientLogo() != null) logos.put(CLIENT_LOGO, document.clientLogo());
        return logos;
    }

    private record Key(Path path, FileTime modified, long size) {}

    private record Flat(int width, int height, byte[] deflatedRgb) {}

    private final ConcurrentHashMap<Key, Flat> cache = new ConcurrentHashMap<>();

    /** A new OpenPDF image of the file, flattened onto white. */
    Image image(Path path) throws IOException {
        Path file = path.toAbsolutePath().normalize();
        Key key = new Key(file, Files.getLastModifiedTime(file), Files.size(file));
        Flat flat;
        try {
            flat = cache.computeIfAbsent(key, k -> flatten(k.path()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // A changed file leaves its old version behind: drop it.
        cache.keySet().removeIf(k -> k.path().equals(file) && !k.equals(key));
        try {
            Image image = Image.getInstance(flat.width(), flat.height(), 3, 8, flat.deflatedRgb());
            image.setDeflated(true);
            return image;
        } catch (BadElementException e) {
            throw new IOException(file + ": not a usable image (" + e.getMessage() + ")", e);
        }
    }

    private static Flat flatten(Path file) {
        try {
            BufferedImage source = ImageIO.read(file.toFile());
            if (source == null) throw new IOException(file + ": not a PNG or JPEG image");
            int w = source.getWidth();
            int h = source.getHeight();
            BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.drawImage(source, 0, 0, null);
            } finally {
                g.dispose();
            }
            int[] pixels = rgb.getRGB(0, 0, w, h, null, 0, w);
            ByteArrayOutputStream out = new ByteArrayOutputStream(w * h);
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
                byte[] row = new byte[w * 3];
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        int p = pixels[y * w + x];
                        row[3 * x] = (byte) (p >> 16);
                        row[3 * x + 1] = (byte) (p >> 8);
                        row[3 * x + 2] = (byte) p;
                    }
                    deflate.write(row);
                }
            }
            return new Flat(w, h, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
