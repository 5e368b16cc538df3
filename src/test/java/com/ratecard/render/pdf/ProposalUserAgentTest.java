package com.ratecard.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ratecard.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

class ProposalUserAgentTest {
    @TempDir
    Path dir;

    ProposalUserAgent agent(Path folder) {
        ProposalUserAgent agent = new ProposalUserAgent(new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT),
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, new ProposalImages(),
                Map.of(ProposalImages.AGENCY_LOGO, Fixtures.TEMPLATES.resolve("brands/northbeam/logo.png")), folder);
        agent.setBaseURL(folder.toUri().toString());
        return agent;
    }

    @Test
    void servesTheLogosUnderTheirAddressesAtTheirPixelSize() {
        var image = agent(dir).getImageResource(ProposalImages.AGENCY_LOGO).getImage();
        assertNotNull(image);
        assertEquals(720 * ITextRenderer.DEFAULT_DOTS_PER_PIXEL, image.getWidth());
    }

    @Test
    void servesImagesInsideTheTemplatesFolderOnly() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("proposal"));
        Files.copy(Fixtures.TEMPLATES.resolve("brands/northbeam/logo.png"), folder.resolve("mark.png"));
        Files.copy(Fixtures.TEMPLATES.resolve("brands/northbeam/logo.png"), dir.resolve("outside.png"));
        ProposalUserAgent agent = agent(folder);
        assertNotNull(agent.getImageResource("mark.png").getImage());
        assertNull(agent.getImageResource("../outside.png").getImage());
        assertNull(agent.getImageResource(dir.resolve("outside.png").toUri().toString()).getImage());
        assertNull(agent.getImageResource("http://example.com/tracker.png").getImage(), "never the network");
    }

    @Test
    void loadsNoStyleSheetFromTheNetwork() {
        assertNull(agent(dir).getBinaryResource("https://example.com/font.ttf"));
        var css = agent(dir).getCSSResource("https://example.com/style.css");
        assertNotNull(css);
    }
}
