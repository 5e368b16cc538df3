package com.ratecard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.ratecard.Fixtures;
import com.ratecard.delivery.mail.SendOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The send page against GreenMail: each message's status, and the ledger's rule that nothing goes twice. */
class WebSendTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    /** Distinct messages received (GreenMail keeps one copy per recipient). */
    private static long messageIds() throws Exception {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var m : greenMail.getReceivedMessages()) ids.add(m.getMessageID());
        return ids.size();
    }

    @Test
    void sendsEachMessageOnceWithTheLedgersRules() throws Exception {
        SendOptions mail = SendOptions.builder().templates(Fixtures.TEMPLATES).smtpHost("127.0.0.1")
                .smtpPort(greenMail.getSmtp().getPort()).retries(0).retryDelay(Duration.ofMillis(10)).build();
        try (WebApp app = new WebApp(dir.resolve("out"), null, mail, "127.0.0.1")) {
            assertEquals(200, app.post("/generate", WebServerTest.OPENING).statusCode());
            assertTrue(app.get("/send").body().contains("SMTP server 127.0.0.1:"), "the page says where mail goes");
            String first = app.post("/send", Map.of("run", "", "per", "opening")).body();
            assertTrue(first.contains("<span class=\"status sent\">sent</span>"), first);
            assertEquals(1, messageIds());
            assertTrue(Files.isRegularFile(app.out.resolve("sent.jsonl")));
            String again = app.post("/send", Map.of("run", "", "per", "opening")).body();
            assertTrue(again.contains("<span class=\"status skipped\">skipped</span>"), again);
            assertEquals(1, messageIds(), "never twice");
        }
    }
}
