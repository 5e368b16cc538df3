package com.ratecard.delivery.batch;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XLSX workbook's shared strings, streamed to temporary files instead of memory: their UTF-8 text
 * in one file, where each ends in another (8 bytes a string). A workbook whose strings expand to
 * hundreds of megabytes is read in a few megabytes of heap; a string is cut at Excel's own
 * 32,767-character limit, and the whole is refused past {@value #MAX_TOTAL_BYTES} bytes of text.
 * A small cache keeps the strings a sheet repeats (roles, levels, places) in memory.
 */
final class SharedStringsSpill implements Closeable {
    static final int MAX_CELL_CHARS = 32_767;
    static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    private static final int CACHE = 4096;

    /** The strings are too many or too long to read at all. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private final Path text;
    private final Path ends;
    private final FileChannel textChannel;
    private final FileChannel endsChannel;
    private final int count;
    private final Map<Integer, String> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
            return size() > CACHE;
        }
    };

    private SharedStringsSpill(Path text, Path ends, int count) throws IOException {
        this.text = text;
        this.ends = ends;
        this.count = count;
        this.textChannel = FileChannel.open(text, StandardOpenOption.READ);
        this.endsChannel = FileChannel.open(ends, StandardOpenOption.READ);
    }

    /** Reads {@code sharedStrings.xml} (null: the workbook has none) into temporary files. */
    static SharedStringsSpill read(InputStream xml) throws IOException {
        Path text = Files.createTempFile("ratecard-sst-", ".txt");
        Path ends = Files.createTempFile("ratecard-sst-", ".idx");
        try {
            int count = 0;
            if (xml != null) {
                try (OutputStream textOut = new BufferedOutputStream(Files.newOutputStream(text), 1 << 16);
                     DataOutputStream endsOut = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(ends), 1 << 16))) {
                    Strings handler = new Strings(textOut, endsOut);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(handler);
                    parser.parse(new InputSource(xml));
                    count = handler.count;
                } catch (SAXException e) {
                    if (e.getException() instanceof IOException io) throw io;
                    throw new IOException("sharedStrings.xml: " + e.getMessage(), e);
                } catch (ParserConfigurationException e) {
                    throw new IOException(e);
                }
            }
            return new SharedStringsSpill(text, ends, count);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(text);
            Files.deleteIfExists(ends);
            throw e;
        }
    }

    int size() {
        return count;
    }

    /** The string at {@code index}; null when there is none (a damaged reference). */
    String get(int index) throws IOException {
        if (index < 0 || index >= count) return null;
        String cached = cache.get(index);
        if (cached != null) return cached;
        ByteBuffer bounds = ByteBuffer.allocate(16);
        long start;
        long end;
        if (index == 0) {
            bounds.limit(8);
            read(endsChannel, bounds, 0);
            start = 0;
            end = bounds.getLong(0);
        } else {
            read(endsChannel, bounds, 8L * (index - 1));
            start = bounds.getLong(0);
            end = bounds.getLong(8);
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) (end - start));
        read(textChannel, bytes, start);
        String value = new String(bytes.array(), StandardCharsets.UTF_8);
        cache.put(index, value);
        return value;
    }

    private static void read(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) throw new IOException("shared strings spill cut short");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            textChannel.close();
            endsChannel.close();
        } finally {
            Files.deleteIfExists(text);
            Files.deleteIfExists(ends);
        }
    }

    /** SAX over {@code <sst>}: each {@code <si>}'s text runs ({@code <t>}, not the phonetic {@code <rPh>}), bounded. */
    private static final class Strings extends DefaultHandler {
        private final OutputStream text;
        private final DataOutputStream ends;
        private final StringBuilder current = new StringBuilder();
        private boolean inText;
        private int phonetic;
        private long written;
        int count;

        Strings(OutputStream text, DataOutputStream ends) {
            this.text = text;
            this.ends = ends;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = local(localName, qName);
            switch (name) {
                case "si" -> current.setLength(0);
                case "rPh" -> phonetic++;
                case "t" -> inText = phonetic == 0;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = local(localName, qName);
            switch (name) {
                case "t" -> inText = false;
                case "rPh" -> phonetic--;
                case "si" -> {
                    try {
                        byte[] bytes = current.toString().getBytes(StandardCharsets.UTF_8);
                        written += bytes.length;
                        if (written > MAX_TOTAL_BYTES) {
                            throw new TooLarge("its shared strings hold more than " + MAX_TOTAL_BYTES / (1024 * 1024 * 1024) + " GB of text");
                        }
                        text.write(bytes);
                        ends.writeLong(written);
                        count++;
                    } catch (IOException e) {
                        throw new SAXException(e);
                    }
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!inText) return;
            int room = MAX_CELL_CHARS - current.length();
            if (room > 0) current.append(ch, start, Math.min(room, length));
        }

        private static String local(String localName, String qName) {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            int colon = name.indexOf(':');
            return colon >= 0 ? name.substring(colon + 1) : name;
        }
    }
}
