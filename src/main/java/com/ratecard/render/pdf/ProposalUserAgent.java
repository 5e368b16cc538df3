package com.ratecard.render.pdf;

import com.lowagie.text.Image;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;

/**
 * What Flying Saucer may load while rendering one proposal: images are the logos under their
 * {@link ProposalImages} addresses or files inside the templates folder, and always go through
 * {@link ProposalImages}, so none carries transparency into the PDF/A file; style sheets and
 * other resources only from local files or the classpath (Flying Saucer's own default style
 * sheet is one), never the network.
 */
final class ProposalUserAgent extends ITextUserAgent {
    private final int dotsPerPixel;
    private final ProposalImages images;
    private final Map<String, Path> named;
    private final Path folder;

    ProposalUserAgent(ITextOutputDevice device, int dotsPerPixel, ProposalImages images, Map<String, Path> named,
                      Path folder) {
        super(device, dotsPerPixel);
        this.dotsPerPixel = dotsPerPixel;
        this.images = images;
        this.named = Map.copyOf(named);
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public ImageResource getImageResource(String uri) {
        Path file = named.containsKey(uri) ? named.get(uri) : inFolder(uri);
        if (file == null) return new ImageResource(uri, null);
        try {
            Image image = images.image(file);
            // Flying Saucer lays out in dots: an image's natural size is its pixels times dots per pixel.
            image.scaleAbsolute(image.getPlainWidth() * dotsPerPixel, image.getPlainHeight() * dotsPerPixel);
            return new ImageResource(uri, new ITextFSImage(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CSSResource getCSSResource(String uri) {
        return local(uri) ? super.getCSSResource(uri) : new CSSResource(InputStream.nullInputStream());
    }

    @Override
    public byte[] getBinaryResource(String uri) {
        return local(uri) ? super.getBinaryResource(uri) : null;
    }

    private boolean local(String uri) {
        try {
            String scheme = new URI(resolveURI(uri)).getScheme();
            return "file".equals(scheme) || "jar".equals(scheme);
        } catch (URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    /** The file a relative or file: address points to, when it lies inside the templates folder. */
    private Path inFolder(String uri) {
        try {
            String resolved = resolveURI(uri);
            if (resolved == null) return null;
            URI address = new URI(resolved);
            if (!"file".equals(address.getScheme())) return null;
            Path file = Path.of(address).toAbsolutePath().normalize();
            return file.startsWith(folder) ? file : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
