package com.ratecard.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ratecard.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

class PictureTest {
    @Test
    void readsThePngSize() throws IOException {
        Picture logo = Picture.of(Files.readAllBytes(Fixtures.brand("northbeam").logo()), "logo");
        assertEquals(Workbook.PICTURE_TYPE_PNG, logo.type());
        assertEquals(720, logo.width());
        assertEquals(180, logo.height());
    }

    @Test
    void readsTheJpegSize() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(123, 45, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        Picture picture = Picture.of(jpeg.toByteArray(), "jpeg");
        assertEquals(Workbook.PICTURE_TYPE_JPEG, picture.type());
        assertEquals(123, picture.width());
        assertEquals(45, picture.height());
    }

    @Test
    void refusesWhatIsNoImage() {
        IOException e = assertThrows(IOException.class, () -> Picture.of("GIF89a...".getBytes(), "client logo x.gif"));
        assertEquals("client logo x.gif is not a PNG or JPEG image", e.getMessage());
    }
}
