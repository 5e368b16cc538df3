package com.ratecard.delivery.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Text shows as typed everywhere: _xHHHH_ in workbooks, RFC 2047 encoded-word look-alikes in mail headers. */
class EscapesTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private static final String ESCAPED = "Acme_x000A_=1+1_x005F_ Corp_x0041_";
    private static final String ENCODED_CONTACT = "=?utf-8?q?ceo=40bank=2Eexample?=";
    private static final String ENCODED_CLIENT = "=?UTF-8?B?QmFuayBvZiBBbWVyaWNh?=";

    private Path input() throws Exception {
        return Files.write(dir.resolve("openings.csv"), List.of("client,contact_name,contact_email,role,level,location,notes",
                "\"" + ESCAPED + "\",Dana,dana@acme.example,MLOps Engineer,senior,San Diego,_x0007_ bell",
                "\"" + ENCODED_CLIENT + "\",\"" + ENCODED_CONTACT + "\",pat@bank.example,Data Engineer,mid,Chicago,"));
    }

    private static List<String> texts(Path xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) for (Cell cell : row) if (cell.getCellType() == CellType.STRING) out.add(cell.getStringCellValue());
            }
        }
        return out;
    }

    @Test
    void workbooksShowEscapeLikeTextLiterally() throws Exception {
        Path out = dir.resolve("out");
        Cli batch = Cli.run("batch", input().toString(), "--out", out.toString(), "--format", "xlsx", "--quiet");
        assertEquals(0, batch.exit(), batch.toString());
        List<String> summary = texts(out.resolve("summary.xlsx"));
        assertTrue(summary.contains(ESCAPED), "summary.xlsx decodes nothing: " + summary);
        assertTrue(summary.stream().noneMatch(t -> t.contains("\n=1+1")), summary.toString());
        assertTrue(summary.contains(ENCODED_CLIENT), summary.toString());
        try (var files = Files.walk(out)) {
            for (Path xlsx : files.filter(f -> f.toString().endsWith(".xlsx") && !f.endsWith("summary.xlsx")).toList()) {
                List<String> texts = texts(xlsx);
                assertTrue(texts.stream().noneMatch(t -> t.contains("Acme\n") || t.contains("\u0007") || t.contains("CorpA")),
                        xlsx + " decoded an escape: " + texts);
                if (xlsx.toString().contains("acme")) assertTrue(texts.stream().anyMatch(t -> t.contains(ESCAPED)), xlsx + ": " + texts);
            }
        }
    }

    @Test
    void encodedWordsInNamesDisplayAsTyped() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("batch", input().toString(), "--out", out.toString(), "--format", "xlsx", "--quiet").exit());
        Cli send = Cli.run("send", out.toString(), "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(greenMail.getSmtp().getPort()),
                "--bcc=", "--retries", "0");
        assertEquals(0, send.exit(), send.toString());
        MimeMessage m = Inbox.of(greenMail, "pat@bank.example").get(0);
        InternetAddress to = (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0];
        assertEquals(ENCODED_CONTACT, to.getPersonal(), "the name as typed, not ceo@bank.example");
        assertEquals("pat@bank.example", to.getAddress());
        assertTrue(m.getSubject().contains(ENCODED_CLIENT), "the subject as typed: " + m.getSubject());
        assertFalse(m.getSubject().contains("Bank of America"), m.getSubject());
        String raw = Mails.raw(m);
        assertFalse(raw.contains(ENCODED_CONTACT), "the look-alike never travels raw, where a client would decode it");
    }
}
