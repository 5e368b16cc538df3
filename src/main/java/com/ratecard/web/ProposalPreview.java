package com.ratecard.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A proposal's first page as a PNG, rendered by PDFBox; the last few are kept, keyed by file, size and time. */
final class ProposalPreview {
    private static final float DPI = 110;
    private static final int KEPT = 16;

    private final Map<String, byte[]> cache = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    byte[] firstPage(Path pdf) throws IOException {
        String key = pdf + "|" + Files.size(pdf) + "|" + Files.getLastModifiedTime(pdf).toMillis();
        synchronized (cache) {
            byte[] kept = cache.get(key);
            if (kept != null) return kept;
        }
        byte[] png;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            png = bytes.toByteArray();
        }
        synchronized (cache) {
            cache.put(key, png);
        }
        return png;
    }
}
