package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logos are bounded before anything decodes them: a small file that claims a huge picture, a cut
 * or empty file, anything not a PNG or JPEG exits 2 with one line and writes nothing.
 */
class ImageBoundsTest {
    @TempDir
    Path dir;

    private static final String OPENING = "samples/acme-senior-mlops-san-diego.yaml";

    /** A valid PNG header and chunk structure claiming {@code width x height}, with a few bytes of (compressed zero) data. */
    static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(width);
        d.writeInt(height);
        d.write(new byte[] {8, 2, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] idat = new byte[4096];
        int n = deflater.deflate(idat);
        chunk(out, "IDAT", Arrays.copyOf(idat, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    private static byte[] realImage(String format) throws Exception {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 120; y++) for (int x = 0; x < 300; x++) image.setRGB(x, y, (x * 7 + y * 13) * 0x010203);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private void refused(String name, byte[] bytes, String expected) throws Exception {
        Path logo = Files.write(dir.resolve(name), bytes);
        Path out = dir.resolve("out-" + name);
        QuoteCommandTest.Run run = QuoteCommandTest.run("generate", "--opening", OPENING, "--out", out.toString(), "--client-logo",
                logo.toString());
        assertEquals(2, run.code(), name + ": " + run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        assertTrue(run.err().contains(expected), name + ": " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(out), "nothing written for " + name);
    }

    @Test
    void hostileLogosExitTwoWithOneLineAndNothingWritten() throws Exception {
        byte[] huge = png(20000, 20000);
        assertTrue(huge.length < 1000, "a few hundred bytes claim 1.6 GB of pixels");
        refused("huge.png", huge, "is 20000 x 20000 pixels; expected at most 4096 a side");
        refused("wide.png", png(4096, 4096), "is 4096 x 4096 pixels");
        refused("zero.png", new byte[0], "is empty (0 bytes)");
        byte[] real = realImage("png");
        refused("cut.png", Arrays.copyOf(real, real.length / 2), "is a truncated PNG");
        refused("header-only.png", Arrays.copyOf(real, 30), "truncated PNG");
        byte[] jpeg = realImage("jpg");
        refused("cut.jpg", Arrays.copyOf(jpeg, jpeg.length - 200), "is a truncated JPEG");
        refused("soi-only.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "truncated or damaged JPEG");
        refused("gif.png", "GIF89a....".getBytes(), "is not a PNG or JPEG image");
        refused("zeros.png", png(0, 10), "has no pixels");
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(real, 0, big, 0, real.length);
        refused("big.png", big, "is 6 MB; expected a PNG or JPEG of at most 5 MB");
        byte[] corrupt = real.clone();
        for (int i = 60; i < corrupt.length - 20; i++) corrupt[i] ^= 0x55;
        refused("garbled.png", corrupt, "PNG");
    }

    @Test
    void aRealLogoIsAccepted() throws Exception {
        for (String format : new String[] {"png", "jpg"}) {
            Path logo = Files.write(dir.resolve("logo." + format), realImage(format));
            Path out = dir.resolve("out-" + format);
            QuoteCommandTest.Run run = QuoteCommandTest.run("generate", "--opening", OPENING, "--out", out.toString(), "--client-logo",
                    logo.toString(), "--format", "xlsx");
            assertEquals(0, run.code(), run.err());
        }
    }

    @Test
    void aBrandLogoIsBoundedToo() throws Exception {
        Path brands = dir.resolve("templates/brands/huge");
        Files.createDirectories(brands);
        Files.copy(Path.of("templates/brands/northbeam/brand.yaml"), brands.resolve("brand.yaml"));
        Files.write(brands.resolve("logo.png"), png(30000, 100));
        var e = org.junit.jupiter.api.Assertions.assertThrows(com.ratecard.data.InputException.class,
                () -> new com.ratecard.render.brand.BrandLoader(dir.resolve("templates/brands")).load("huge"));
        assertTrue(e.getMessage().contains("logo: logo.png is 30000 x 100 pixels"), e.getMessage());
    }
}
