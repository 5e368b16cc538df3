package com.ratecard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ratecard.data.PolicyKey;
import com.ratecard.pricing.Money;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The two readers, as a user runs the samples: {@code batch} with the default formats, then
 * {@code send --dry-run}. Everything a client receives (proposal, workbook, zip, email bodies and
 * attachments) holds none of the agency's words or figures: markup, margin, pay rate, the pay-rate
 * figures themselves, policy keys, data files and lines. The deal sheet beside them holds them,
 * is marked internal in its name and in the manifest, and is never attached or zipped.
 */
class ClientSetTest {
    @TempDir
    static Path dir;
    static Path out;
    static JsonNode manifest;

    /** Words that are the agency's alone, lower-cased. */
    static final List<String> INTERNAL_WORDS = internalWords();

    static List<String> internalWords() {
        List<String> words = new ArrayList<>(List.of("markup", "margin", "pay rate", "payrate", "pay-rate", ".csv:",
                "policy.csv", "engine rule", "internal"));
        for (PolicyKey key : PolicyKey.values()) words.add(key.key());
        return words;
    }

    @BeforeAll
    static void runTheSamplesAsAUserWould() throws IOException {
        out = dir.resolve("out");
        assertEquals(ExitCodes.OK, run("batch", "samples/openings.csv", "--out", out.toString(), "--zip", "--quiet"));
        assertEquals(ExitCodes.OK, run("send", out.toString(), "--dry-run"));
        manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    }

    static int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    /** Every pay-rate figure of the run, as documents write them ("$107.25"). */
    static List<String> payFigures() {
        List<String> figures = new ArrayList<>();
        for (JsonNode e : manifest.path("entries")) {
            JsonNode pay = e.path("quote").path("payRate");
            figures.add(Money.hourly(pay.path("low").asDouble()));
            figures.add(Money.hourly(pay.path("high").asDouble()));
        }
        return figures;
    }

    static List<String> leaks(String where, String text) {
        List<String> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : INTERNAL_WORDS) if (lower.contains(word)) found.add(where + ": \"" + word + "\"");
        for (String figure : payFigures()) if (text.contains(figure)) found.add(where + ": the pay rate " + figure);
        return found;
    }

    static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            var info = pdf.getDocumentInformation();
            return new PDFTextStripper().getText(pdf) + "\n" + info.getTitle() + "\n" + info.getSubject() + "\n" + info.getKeywords();
        }
    }

    /** Every cell's text (hidden sheets too), headers and footers, comments and the file's properties. */
    static String workbookText(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Sheet sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                XSSFSheet s = (XSSFSheet) sheet;
                text.append(s.getHeader().getLeft()).append(s.getHeader().getCenter()).append(s.getHeader().getRight())
                        .append(s.getFooter().getLeft()).append(s.getFooter().getCenter()).append(s.getFooter().getRight()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) text.append(cell.getStringCellValue()).append('\n');
                        if (cell.getCellComment() != null) text.append(cell.getCellComment().getString().getString()).append('\n');
                    }
                }
            }
            var core = workbook.getProperties().getCoreProperties();
            text.append(core.getTitle()).append('\n').append(core.getSubject()).append('\n').append(core.getKeywords())
                    .append('\n').append(core.getDescription());
        }
        return text.toString();
    }

    @Test
    void proposalsHoldNothingOfTheAgencys() throws IOException {
        List<Path> proposals = files(".pdf").stream().filter(p -> !p.toString().contains("internal")).toList();
        assertTrue(proposals.size() >= 17, proposals.toString());
        List<String> leaks = new ArrayList<>();
        for (Path pdf : proposals) leaks.addAll(leaks(out.relativize(pdf).toString(), pdfText(pdf)));
        assertEquals(List.of(), leaks);
    }

    @Test
    void clientWorkbooksHoldNothingOfTheAgencys() throws IOException {
        List<Path> workbooks = files(".xlsx").stream().filter(p -> !p.getFileName().toString().equals("summary.xlsx")).toList();
        assertEquals(16, workbooks.size());
        List<String> leaks = new ArrayList<>();
        for (Path xlsx : workbooks) leaks.addAll(leaks(out.relativize(xlsx).toString(), workbookText(xlsx)));
        assertEquals(List.of(), leaks);
    }

    @Test
    void emailsHoldNothingOfTheAgencysAndAttachNoInternalFile() throws Exception {
        List<Path> emails = files(".eml");
        assertFalse(emails.isEmpty());
        List<String> leaks = new ArrayList<>();
        for (Path eml : emails) {
            MimeMessage message;
            try (InputStream in = Files.newInputStream(eml)) {
                message = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            List<String> names = new ArrayList<>();
            StringBuilder bodies = new StringBuilder(message.getSubject()).append('\n');
            walk(message, bodies, names);
            leaks.addAll(leaks(eml.getFileName().toString(), bodies.toString()));
            for (String name : names) {
                assertFalse(name.contains("internal") || name.endsWith(".json"), eml + " attaches " + name);
                if (name.endsWith(".zip")) assertZipHoldsOnlyClientFiles(out.resolve(name));
            }
        }
        assertEquals(List.of(), leaks);
    }

    static void walk(Part part, StringBuilder bodies, List<String> names) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                walk(child, bodies, names);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            names.add(part.getFileName());
        } else if (part.isMimeType("text/html")) {
            // What the reader sees: the text, not the markup's style rules ("margin: 0").
            bodies.append(((String) part.getContent()).replaceAll("(?is)<style.*?</style>", " ").replaceAll("(?s)<[^>]*>", " "))
                    .append('\n');
        } else if (part.isMimeType("text/*")) {
            bodies.append(part.getContent()).append('\n');
        }
    }

    @Test
    void clientZipsHoldOnlyClientFiles() throws IOException {
        List<Path> zips = files(".zip");
        assertFalse(zips.isEmpty());
        for (Path zip : zips) assertZipHoldsOnlyClientFiles(zip);
    }

    static void assertZipHoldsOnlyClientFiles(Path zip) throws IOException {
        if (!Files.exists(zip)) return;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertFalse(entry.getName().contains("internal") || entry.getName().endsWith(".json"), zip + " holds " + entry.getName());
            }
        }
    }

    @Test
    void theDealSheetHoldsWhatTheClientNeverSeesAndIsMarkedInternal() throws IOException {
        List<Path> sheets = files(".internal-deal-sheet.pdf");
        assertEquals(16, sheets.size());
        for (JsonNode e : manifest.path("entries")) {
            boolean found = false;
            for (JsonNode f : e.path("files")) {
                String path = f.path("path").asText();
                String audience = f.path("audience").asText();
                if (path.endsWith(".internal-deal-sheet.pdf")) {
                    found = true;
                    assertEquals("deal", f.path("format").asText());
                    assertEquals("internal", audience, path);
                } else {
                    assertEquals("client", audience, path);
                }
            }
            assertTrue(found, "row " + e.path("row"));
        }
        String text = pdfText(sheets.get(0)).replaceAll("\\s+", " ");
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : List.of("markup", "margin", "pay rate", ".csv:", "internal")) assertTrue(lower.contains(word), word);
        for (PolicyKey key : PolicyKey.values()) assertTrue(text.contains(key.key()), key.key());
        for (JsonNode e : manifest.path("entries")) {
            for (JsonNode f : e.path("files")) {
                if (!f.path("path").asText().endsWith(".internal-deal-sheet.pdf")) continue;
                String sheet = pdfText(out.resolve(f.path("path").asText()));
                for (String bound : List.of("low", "high")) {
                    String pay = Money.hourly(e.path("quote").path("payRate").path(bound).asDouble());
                    assertTrue(sheet.contains(pay), f.path("path").asText() + " lacks the pay rate " + pay);
                }
            }
        }
    }
}
