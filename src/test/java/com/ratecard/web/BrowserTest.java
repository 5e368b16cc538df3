package com.ratecard.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.ratecard.Fixtures;
import com.ratecard.delivery.mail.SendOptions;
import com.ratecard.pricing.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An account manager's day in a real browser (Debian's Chromium, headless): types an opening and
 * sees the command line's figure appear live, applies a lever, generates and downloads the files,
 * runs a batch and watches its rows finish, previews the emails, finds the opening in history.
 * Each step leaves a screenshot in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    Path dir;
    WebApp app;
    Browser browser;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start();
        dir = Files.createTempDirectory("ratecard-browser-");
        // the system clock, as the command line prices "today"
        app = new WebApp(dir.resolve("out"), null, SendOptions.builder().templates(Fixtures.TEMPLATES).build(), "127.0.0.1",
                Clock.systemDefaultZone());
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (app != null) app.close();
    }

    private WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private void type(String name, String text) {
        WebElement field = find("[name='" + name + "']");
        field.clear();
        field.sendKeys(text);
    }

    /** The recommended base the command line prints for these quote options. */
    private static String cliRecommended(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("quote", "--format", "json"));
        all.addAll(Arrays.asList(args));
        JsonNode json = TestJson.read(WebServerTest.cli(all.toArray(String[]::new)));
        return Money.range(json.at("/recommendedBase/low").asLong(), json.at("/recommendedBase/high").asLong());
    }

    @Test
    @Order(1)
    void typesAnOpeningAndSeesTheCommandLinesFigureLive() throws Exception {
        browser.driver.get(app.uri("/quote").toString());
        type("client", "Acme Robotics");
        type("contact_name", "Dana Whitfield");
        type("contact_email", "dana@acme.example");
        find("#f-role").sendKeys("platform");
        WebElement pick = browser.await(d -> d.findElements(By.cssSelector("#suggest-role [data-suggest-value]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        String role = pick.getAttribute("data-suggest-value");
        browser.screenshot("01-role-suggestions");
        pick.click();
        assertEquals(role, find("#f-role").getAttribute("value"));
        new Select(find("#f-level")).selectByValue("senior");
        type("location", "San Diego");
        find("#f-skills").sendKeys("llm");
        WebElement premium = browser.await(d -> d.findElements(By.cssSelector("#suggest-skills button.premium")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        browser.screenshot("02-skill-suggestions");
        premium.click();
        find("#f-skills").sendKeys("Kubernetes");
        type("budget", "165000");
        type("account_manager", "Priya Natarajan");
        String[] skills = find("#f-skills").getAttribute("value").split(";\\s*");
        String expected = cliRecommended("--client", "Acme Robotics", "--role", role, "--level", "senior", "--location", "San Diego",
                "--skill", skills[0], "--skill", skills[1], "--budget", "165000");
        browser.await(d -> expected.equals(d.findElement(By.id("recommended")).getText()));
        browser.await(d -> d.findElement(By.id("verdict")).isDisplayed());
        browser.screenshot("03-live-quote");
    }

    @Test
    @Order(2)
    void appliesALeverToTheForm() throws Exception {
        WebElement lever = find("button[name='lever'][value='level:mid']");
        lever.click();
        browser.await(d -> "mid".equals(new Select(d.findElement(By.id("f-level"))).getFirstSelectedOption().getAttribute("value")));
        String[] skills = find("#f-skills").getAttribute("value").split(";\\s*");
        String expected = cliRecommended("--client", "Acme Robotics", "--role", find("#f-role").getAttribute("value"), "--level", "mid",
                "--location", "San Diego", "--skill", skills[0], "--skill", skills[1], "--budget", "165000");
        browser.await(d -> expected.equals(d.findElement(By.id("recommended")).getText()));
        browser.screenshot("04-lever-applied");
    }

    @Test
    @Order(3)
    void generatesTheDocumentsShowsTheProposalAndDownloadsThem() throws Exception {
        find("#generate").click();
        browser.await(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("var i = document.getElementById('proposal-preview'); return i != null && i.complete && i.naturalWidth > 0;"));
        browser.screenshot("05-generated");
        WebElement link = browser.driver.findElements(By.cssSelector("ul.files a")).stream()
                .filter(a -> a.getText().endsWith(".xlsx")).findFirst().orElseThrow();
        String name = link.getText();
        link.click();
        Path downloaded = browser.downloads.resolve(name);
        browser.await(d -> Files.isRegularFile(downloaded) && !Files.exists(browser.downloads.resolve(name + ".crdownload")));
        Path written;
        try (Stream<Path> files = Files.walk(app.out)) {
            written = files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
        assertArrayEquals(Files.readAllBytes(written), Files.readAllBytes(downloaded));
    }

    @Test
    @Order(4)
    void uploadsABatchAndWatchesItsRowsFinish() throws Exception {
        browser.driver.get(app.uri("/batch").toString());
        find("input[type='file']").sendKeys(Path.of("samples/openings-with-errors.csv").toAbsolutePath().toString());
        find("form.upload button").click();
        browser.await(d -> d.getCurrentUrl().contains("/batch/2"));
        browser.screenshot("06-batch-running");
        browser.await(d -> "done".equals(d.findElement(By.id("batch-state")).getText()), Duration.ofSeconds(180));
        int rows = browser.driver.findElements(By.cssSelector("#batch-rows tbody tr")).size();
        assertTrue(rows > 3, "rows listed: " + rows);
        assertTrue(!browser.driver.findElements(By.cssSelector("#batch-rows tr.row-failed")).isEmpty(), "the bad rows show their problem");
        assertTrue(browser.driver.findElements(By.cssSelector("#batch-rows ul.files a")).stream().anyMatch(a -> a.getText().equals("summary.xlsx")));
        browser.screenshot("07-batch-done");
    }

    @Test
    @Order(5)
    void previewsEachEmailBeforeSending() throws Exception {
        browser.driver.get(app.uri("/send").toString());
        Select run = new Select(find("#f-run"));
        run.selectByIndex(0); // the folder itself: what the quote page generated
        find("#preview-emails").click();
        WebElement frame = browser.await(d -> d.findElements(By.cssSelector("iframe.email")).stream().findFirst().orElse(null));
        assertTrue(find(".message .subject").getText().contains("Acme Robotics"));
        browser.driver.switchTo().frame(frame);
        browser.await(d -> d.findElement(By.tagName("body")).getText().contains("Dana"));
        browser.driver.switchTo().defaultContent();
        browser.screenshot("08-email-preview");
    }

    @Test
    @Order(6)
    void findsTheOpeningInHistoryAndQuotesItAgain() throws Exception {
        browser.driver.get(app.uri("/history?client=acme").toString());
        browser.screenshot("09-history");
        find("#history a.button").click();
        browser.await(d -> d.findElement(By.id("recommended")).isDisplayed());
        assertEquals("Acme Robotics", find("#f-client").getAttribute("value"));
    }
}
