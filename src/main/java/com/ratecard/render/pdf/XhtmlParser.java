package com.ratecard.render.pdf;

import com.ratecard.data.InputException;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses the filled template into the DOM Flying Saucer lays out. Flying Saucer's own loader goes
 * through a JAXP identity transform, looking the transformer factory up on the classpath on every
 * document (and picking up whichever XSLT engine happens to be there); the JDK's DOM parser is
 * quicker and predictable. No DTDs or external entities: the document is self-contained.
 */
final class XhtmlParser {
    private static final DocumentBuilderFactory FACTORY = factory();

    private XhtmlParser() {}

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return factory;
    }

    /**
     * The template's output as a DOM. A template that writes malformed XHTML fails here, with an
     * error naming the template (the line is the output's: the template's own is not known).
     */
    static Document parse(String xhtml, String template) throws IOException {
        DocumentBuilder builder;
        synchronized (FACTORY) {
            // A factory is not promised to be thread-safe; making a builder is cheap.
            try {
                builder = FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
        builder.setErrorHandler(new DefaultHandler());
        try {
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new InputException("template", template + ": the filled template is not well-formed XHTML (output line "
                    + e.getLineNumber() + ": " + e.getMessage() + "); expected XML: every tag closed, &#160; not &nbsp;");
        } catch (SAXException e) {
            throw new IOException(template + ": " + e.getMessage(), e);
        }
    }
}
