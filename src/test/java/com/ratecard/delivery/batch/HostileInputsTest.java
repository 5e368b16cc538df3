package com.ratecard.delivery.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ratecard.cli.Main;
import com.ratecard.data.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad input files of every kind: each is refused (exit 2, one line, nothing written) or read within bounds. */
class HostileInputsTest {
    @TempDir
    Path dir;

    private InputException refused(Path file) {
        return assertThrows(InputException.class, () -> OpeningSource.open(file).count(), file.getFileName().toString());
    }

    private static void cell(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A minimal workbook whose sheet is {@code sheetData} (rows XML), with optional extra parts. */
    private Path xlsx(String name, String sheetData, String... extraParts) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            cell(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            cell(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            cell(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            cell(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            cell(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + sheetData + "</sheetData></worksheet>");
            for (int i = 0; i + 1 < extraParts.length; i += 2) cell(zip, extraParts[i], extraParts[i + 1]);
        }
        return file;
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static final String HEADER = "<row r=\"1\">" + inline("A1", "client") + inline("B1", "role") + inline("C1", "level")
            + inline("D1", "location") + inline("E1", "notes") + "</row>";

    @Test
    void csvAndYamlAreBoundedPerRowAndValue() throws Exception {
        Path unclosed = dir.resolve("unclosed.csv");
        Files.writeString(unclosed, "client,role\nAcme,\"MLOps " + "x".repeat(1_200_000) + "\nmore,rows\n");
        InputException csv = refused(unclosed);
        assertTrue(csv.getMessage().contains("unclosed.csv:2: csv: a row of more than 1000000 characters (an unclosed quote?)"), csv.getMessage());

        Path yaml = dir.resolve("huge.yaml");
        Files.writeString(yaml, "- client: Acme\n  role: MLOps Engineer\n  notes: \"" + "y".repeat(YamlOpenings.MAX_CODE_POINTS) + "\"\n");
        InputException y = refused(yaml);
        assertEquals("huge.yaml: more than 32 MB of YAML; refused (use CSV or XLSX for batches this large)", y.getMessage());
        Path line = dir.resolve("line.yaml");
        Files.writeString(line, "- client: Acme\n  role: MLOps Engineer\n  notes: \"" + "y".repeat(200_000) + "\"\n");
        InputException l = refused(line);
        assertEquals("line.yaml:3: yaml: a line of more than 100000 characters; expected an opening's fields, each at most 10,000"
                + " characters", l.getMessage());
        Path long_ = dir.resolve("long.yaml");
        Files.writeString(long_, "- client: Acme\n  role: MLOps Engineer\n  level: senior\n  location: Chicago\n  notes: \"" + "y".repeat(20_000) + "\"\n");
        List<SourceRow> rows = new ArrayList<>();
        OpeningSource.open(long_).forEach(rows::add);
        InputException notes = assertThrows(InputException.class, () -> rows.get(0).fields().build(com.ratecard.Fixtures.MARKET.policy()));
        assertTrue(notes.getMessage().contains("notes: too long"), "a long value fails its row, not the file: " + notes.getMessage());

        Path manyYaml = dir.resolve("many.yaml");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20_000; i++) many.append("- client: Client ").append(i).append("\n  role: MLOps Engineer\n  level: senior\n  location: Chicago\n");
        Files.writeString(manyYaml, many);
        assertEquals(20_000, OpeningSource.open(manyYaml).count(), "a long YAML file is fine (more than SnakeYAML's default 3 MB)");
    }

    @Test
    void xlsxCellsAreBoundedAndDamagedWorkbooksRefusedInOneLine() throws Exception {
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(3);
        while (noise.length() < 5_000_000) noise.append((char) ('a' + random.nextInt(26))); // not so compressible that it looks like a zip bomb
        Path long_ = xlsx("long.xlsx", HEADER + "<row r=\"2\">" + inline("A2", "Acme") + inline("B2", "MLOps Engineer") + inline("C2", "senior")
                + inline("D2", "Chicago") + inline("E2", noise.toString()) + "</row>");
        List<SourceRow> rows = new ArrayList<>();
        OpeningSource.open(long_).forEach(rows::add);
        assertEquals(SharedStringsSpill.MAX_CELL_CHARS, rows.get(0).raw().get("notes").length(), "a cell is cut at Excel's own limit");

        StringBuilder comment = new StringBuilder();
        while (comment.length() < 17 * 1024 * 1024) comment.append((char) ('a' + random.nextInt(26)));
        Path styles = xlsx("styles.xlsx", HEADER, "xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org"
                + "/spreadsheetml/2006/main\"><!--" + comment + "--></styleSheet>");
        InputException e = refused(styles);
        assertTrue(e.getMessage().contains("its styles part is larger than 16 MB; refused"), e.getMessage());

        Path entities = xlsx("entities.xlsx", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + HEADER);
        assertTrue(refused(entities).getMessage().startsWith("entities.xlsx: not a readable XLSX workbook"), "no DTDs, no entity expansion");

        Files.write(dir.resolve("garbage.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertTrue(refused(dir.resolve("garbage.xlsx")).getMessage().startsWith("garbage.xlsx: not a readable XLSX workbook"));
        Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertTrue(refused(dir.resolve("empty.xlsx")).getMessage().startsWith("empty.xlsx: not a readable XLSX workbook"));
    }

    @Test
    void everyBadFileExitsTwoWithOneLineAndWritesNothing() throws Exception {
        List<Path> bad = new ArrayList<>();
        bad.add(Files.writeString(dir.resolve("unclosed.csv"), "client,role\nAcme,\"" + "x".repeat(1_100_000)));
        bad.add(Files.write(dir.resolve("latin1.csv"), "client,role\nM\u00fcller,MLOps\n".getBytes(StandardCharsets.ISO_8859_1)));
        bad.add(Files.writeString(dir.resolve("semicolons.csv"), "client;role\nAcme;MLOps\n"));
        bad.add(Files.writeString(dir.resolve("empty.csv"), ""));
        bad.add(Files.writeString(dir.resolve("header-only.csv"), "client,role\n"));
        bad.add(Files.writeString(dir.resolve("map.yaml"), "client: Acme\n"));
        bad.add(Files.writeString(dir.resolve("tabs.yaml"), "- client: Acme\n\t role: x\n"));
        bad.add(Files.write(dir.resolve("zeros.xlsx"), new byte[4096]));
        bad.add(Files.writeString(dir.resolve("openings.txt"), "client,role\n"));
        bad.add(dir.resolve("missing.csv"));
        for (Path file : bad) {
            Path out = dir.resolve("out-" + file.getFileName());
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("batch", file.toString(), "--out", out.toString(), "--quiet");
            assertEquals(2, code, file + ": " + err);
            assertEquals(1, err.toString().lines().count(), file + ": " + err);
            assertTrue(err.toString().startsWith("ratecard: " + file.getFileName()), err.toString());
            assertFalse(err.toString().contains("Exception:") && !err.toString().contains("("), err.toString());
            assertFalse(Files.exists(out), file + ": nothing written");
        }
    }

    /** Keeps the compiler quiet about an unused helper when tests are trimmed. */
    static OutputStream sink() {
        return OutputStream.nullOutputStream();
    }
}
