package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.InflaterInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProposalImagesTest {
    @TempDir
    Path dir;

    private Path png(String name, int... argb) throws IOException {
        BufferedImage image = new BufferedImage(argb.length, 1, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < argb.length; x++) image.setRGB(x, 0, argb[x]);
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static byte[] rgb(Image image) throws IOException {
        try (var in = new InflaterInputStream(new java.io.ByteArrayInputStream(image.getRawData()))) {
            return in.readAllBytes();
        }
    }

    @Test
    void flattensTransparencyOntoWhite() throws IOException {
        Path logo = png("logo.png", 0x00000000, 0xFFFF0000, 0x800000FF);
        Image image = new ProposalImages().image(logo);
        assertEquals(3, image.getColorspace(), "RGB, no alpha channel");
        assertEquals(null, image.getImageMask(), "no soft mask");
        assertTrue(image.isDeflated());
        byte[] rgb = rgb(image);
        assertEquals(9, rgb.length);
        assertEquals(0xFF, rgb[0] & 0xFF, "transparent becomes white");
        assertEquals(0xFF, rgb[3] & 0xFF, "opaque red stays red");
        assertEquals(0x00, rgb[4] & 0xFF);
        assertTrue((rgb[6] & 0xFF) > 0x70 && (rgb[6] & 0xFF) < 0x90, "half-transparent blue is lightened: " + (rgb[6] & 0xFF));
        assertEquals(0xFF, rgb[8] & 0xFF);
    }

    @Test
    void givesEachRenderItsOwnImageOverSharedBytesAndRereadsAChangedFile() throws IOException {
        ProposalImages images = new ProposalImages();
        Path logo = png("logo.png", 0xFFFF0000);
        Image first = images.image(logo);
        Image second = images.image(logo);
        assertTrue(first != second);
        assertTrue(first.getRawData() == second.getRawData(), "bytes shared");
        png("logo.png", 0xFF00FF00);
        Files.setLastModifiedTime(logo, FileTime.fromMillis(Files.getLastModifiedTime(logo).toMillis() + 5000));
        byte[] changed = rgb(images.image(logo));
        assertEquals(0x00, changed[0] & 0xFF);
        assertEquals(0xFF, changed[1] & 0xFF, "now green");
    }

    @Test
    void refusesAFileThatIsNoImage() throws IOException {
        Path bogus = Files.writeString(dir.resolve("logo.png"), "not an image");
        assertThrows(IOException.class, () -> new ProposalImages().image(bogus));
    }
}
