package com.ratecard.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A logo (the brand's or a client's) checked before anything decodes it: at most {@value #MAX_BYTES}
 * bytes, a PNG or JPEG whose header gives a size of at most {@value #MAX_SIDE} pixels a side and
 * {@value #MAX_PIXELS} pixels in all (a 48 KB PNG can claim 20000 x 20000, 1.6 GB once decoded), a
 * complete file (a PNG's chunks reach IEND, a JPEG's data reaches EOI), and only then decoded once.
 */
public record ImageFile(Type type, int width, int height) {
    public enum Type { PNG, JPEG }

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_SIDE = 4096;
    public static final long MAX_PIXELS = 4096L * 1024;

    /** Why an image was refused, in words for a one-line error (the caller names the file). */
    public static final class Problem extends IOException {
        Problem(String message) {
            super(message);
        }
    }

    /** Checks the file as described above; the type and size from its header. */
    public static ImageFile check(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new Problem("not found; expected a PNG or JPEG file");
        long size = Files.size(file);
        if (size == 0) throw new Problem("is empty (0 bytes); expected a PNG or JPEG image");
        if (size > MAX_BYTES) {
            throw new Problem("is " + (size / (1024 * 1024)) + " MB; expected a PNG or JPEG of at most " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        byte[] bytes = Files.readAllBytes(file);
        ImageFile image = header(bytes);
        complete(image.type(), bytes);
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? "its pixels do not decode" : e.getMessage().lines().findFirst().orElse("").toLowerCase(java.util.Locale.ROOT);
            throw new Problem("is a damaged " + image.type() + " (" + why + "); expected a readable image");
        }
        if (decoded == null) throw new Problem("cannot be decoded; expected a readable PNG or JPEG image");
        return image;
    }

    /** The type and pixel size from the header alone, bounded; no decoding. */
    public static ImageFile header(byte[] bytes) throws Problem {
        ImageFile image = parse(bytes);
        if (image.width() < 1 || image.height() < 1) throw new Problem("has no pixels (" + image.width() + " x " + image.height() + ")");
        if (image.width() > MAX_SIDE || image.height() > MAX_SIDE || (long) image.width() * image.height() > MAX_PIXELS) {
            throw new Problem("is " + image.width() + " x " + image.height() + " pixels; expected at most " + MAX_SIDE + " a side and "
                    + MAX_PIXELS / 1_000_000.0 + " megapixels (a logo needs far fewer: resize it)");
        }
        return image;
    }

    private static ImageFile parse(byte[] b) throws Problem {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            if (b.length < 33 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') throw new Problem("is a truncated PNG (no header)");
            return new ImageFile(Type.PNG, int32(b, 16), int32(b, 20));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            // Walk the segments to the frame header (SOF0..SOF15 except DHT, JPG and DAC), which holds the size.
            int i = 2;
            while (i + 3 < b.length && (b[i] & 0xFF) == 0xFF) {
                int marker = b[i + 1] & 0xFF;
                if (marker == 0xFF) { i++; continue; } // fill byte
                int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
                if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                    if (i + 8 >= b.length) break;
                    int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                    int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                    return new ImageFile(Type.JPEG, width, height);
                }
                if (marker == 0xDA || length < 2) break; // scan data before any frame header
                i += 2 + length;
            }
            throw new Problem("is a truncated or damaged JPEG (no frame header with its size)");
        }
        throw new Problem("is not a PNG or JPEG image");
    }

    /** A PNG's chunks must lead to IEND, a JPEG's scan data to EOI: else the file was cut. */
    private static void complete(Type type, byte[] b) throws Problem {
        if (type == Type.PNG) {
            long i = 8;
            while (i + 8 <= b.length) {
                long length = int32(b, (int) i) & 0xFFFFFFFFL;
                boolean end = b[(int) i + 4] == 'I' && b[(int) i + 5] == 'E' && b[(int) i + 6] == 'N' && b[(int) i + 7] == 'D';
                i += 12 + length;
                if (end) {
                    if (i <= b.length) return;
                    break;
                }
            }
            throw new Problem("is a truncated PNG (its data stops before the end marker)");
        }
        for (int i = b.length - 2; i >= 2; i--) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) return;
        }
        throw new Problem("is a truncated JPEG (no end-of-image marker)");
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
