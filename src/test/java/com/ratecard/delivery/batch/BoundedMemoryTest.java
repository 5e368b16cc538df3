package com.ratecard.delivery.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.delivery.manifest.Manifest;
import com.ratecard.delivery.manifest.ManifestReader;
import com.ratecard.render.FlushOnClose;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory does not grow with the input: run in child JVMs capped at {@code -Xmx256m}, a workbook
 * whose shared strings expand to 300 MB is read, and the end phase of a 100,000-row batch (rate
 * cards, summary workbook, manifest) completes.
 */
class BoundedMemoryTest {
    @TempDir
    Path dir;

    private String child(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Djava.awt.headless=true", "-XX:+ExitOnOutOfMemoryError", "-Dratecard.home=" + Path.of("").toAbsolutePath(),
                "-Djavax.xml.transform.TransformerFactory=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
                "-Djava.io.tmpdir=" + dir.resolve("tmp"), "-cp", System.getProperty("java.class.path")));
        Files.createDirectories(dir.resolve("tmp"));
        command.addAll(List.of(args));
        Path log = dir.resolve("child.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "child finished");
        String output = Files.readString(log);
        assertEquals(0, p.exitValue(), output);
        return output;
    }

    /** An XLSX written part by part (never held whole): {@code strings} shared strings of ~1,000 characters, rows using some. */
    private Path hugeSharedStrings(int strings, int rows) throws IOException {
        Path file = dir.resolve("big.xlsx");
        String[] words = {"staff ", "mlops ", "kubernetes ", "terraform ", "platform ", "remote ", "budget ", "contract ", "senior ", "data ",
                "pipeline ", "serving ", "latency ", "gpu ", "cluster ", "onsite "};
        Random random = new Random(7);
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            zip.setLevel(Deflater.BEST_SPEED);
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Openings\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            Writer sst = new OutputStreamWriter(new FlushOnClose(zip), StandardCharsets.UTF_8);
            sst.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                    + strings + "\" uniqueCount=\"" + strings + "\">");
            StringBuilder text = new StringBuilder(1100);
            for (int i = 0; i < strings; i++) {
                text.setLength(0);
                text.append("Note ").append(i).append(": ");
                while (text.length() < 1000) text.append(words[random.nextInt(words.length)]);
                sst.write("<si><t>");
                sst.write(text.toString());
                sst.write("</t></si>");
            }
            sst.write("</sst>");
            sst.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new OutputStreamWriter(new FlushOnClose(zip), StandardCharsets.UTF_8);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            sheet.write("<row r=\"1\">" + inline("A1", "client") + inline("B1", "role") + inline("C1", "level") + inline("D1", "location")
                    + inline("E1", "notes") + "</row>");
            for (int r = 2; r < rows + 2; r++) {
                sheet.write("<row r=\"" + r + "\">" + inline("A" + r, "Client " + r) + inline("B" + r, "MLOps Engineer") + inline("C" + r, "senior")
                        + inline("D" + r, "Chicago") + "<c r=\"E" + r + "\" t=\"s\"><v>" + ((long) r * 7919 % strings) + "</v></c></row>");
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void aWorkbookWhoseSharedStringsExpandTo300MbIsReadIn256Mb() throws Exception {
        Path xlsx = hugeSharedStrings(300_000, 200);
        assertTrue(Files.size(xlsx) < 120L * 1024 * 1024, "compressed: " + Files.size(xlsx));
        long expanded = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) if (e.getName().endsWith("sharedStrings.xml")) expanded = in.transferTo(OutputStream.nullOutputStream());
        }
        assertTrue(expanded > 300L * 1000 * 1000, "expands to " + expanded);
        Path out = dir.resolve("out");
        child("com.ratecard.cli.Main", "batch", xlsx.toString(), "--out", out.toString(), "--format", "json", "--quiet", "--jobs", "2");
        Manifest m = ManifestReader.read(out.resolve("manifest.json"));
        assertEquals(200, m.totals().ok(), m.totals().toString());
        assertTrue(m.entries().get(0).opening().notes().startsWith("Note " + (2L * 7919 % 300_000) + ": "), "the right shared string");
        try (var tmp = Files.list(dir.resolve("tmp"))) {
            assertEquals(0, tmp.filter(f -> f.getFileName().toString().startsWith("ratecard-sst-")).count(), "spill files removed");
        }
    }

    @Test
    void theEndPhaseOf100000RowsFitsIn256Mb() throws Exception {
        Path out = dir.resolve("out");
        String report = child(EndPhaseProbe.class.getName(), out.toString(), "100000", "200");
        assertTrue(report.contains("rows 100000 clients 200"), report);
        AtomicInteger entries = new AtomicInteger();
        ManifestReader.scan(out.resolve("manifest.json"), new ManifestReader.Visitor() {
            @Override
            public void entry(Manifest.Entry e) {
                entries.incrementAndGet();
            }
        });
        assertEquals(100_000, entries.get());
        assertEquals(100_001, summaryRows(out.resolve("summary.xlsx")), "a header and a row per opening");
        try (var cards = Files.walk(out)) {
            assertEquals(200, cards.filter(f -> f.getFileName().toString().equals("rate-card.pdf")).count());
        }
        System.out.println("end phase probe: " + report.strip());
    }

    /** The rows of the Openings sheet, counted as the XML streams by. */
    private static long summaryRows(Path xlsx) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile());
             java.io.InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            {
                long rows = 0;
                byte[] buffer = new byte[1 << 16];
                String carry = "";
                for (int n; (n = in.read(buffer)) > 0; ) {
                    String chunk = carry + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                    for (int i = chunk.indexOf("<row "); i >= 0; i = chunk.indexOf("<row ", i + 1)) rows++;
                    // the last 4 characters may start a "<row " that the next read completes; a whole
                    // "<row " (5 characters) never fits in them, so nothing is counted twice
                    carry = chunk.substring(Math.max(0, chunk.length() - 4));
                }
                return rows;
            }
        }
    }
}
