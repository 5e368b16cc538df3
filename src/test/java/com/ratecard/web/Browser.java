package com.ratecard.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and chromedriver, headless, with a fresh profile and downloads into a folder
 * of the test's. {@code .ci/run} installs both when missing; a machine with neither (and no way to
 * install them) skips the browser tests with a message saying so.
 */
final class Browser implements AutoCloseable {
    private static final List<String> BINARIES = List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    final WebDriver driver;
    final Path downloads;
    private final Path profile;
    private final Path screenshots;
    private final ChromeDriverService service;

    private Browser(WebDriver driver, ChromeDriverService service, Path profile, Path downloads, Path screenshots) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.downloads = downloads;
        this.screenshots = screenshots;
    }

    /** A headless browser, or the test is skipped when this machine has none. */
    static Browser start() throws IOException {
        Optional<String> binary = BINARIES.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
        Optional<String> driverPath = DRIVERS.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
        Assumptions.assumeTrue(binary.isPresent() && driverPath.isPresent(), "browser tests skipped: no chromium and chromedriver "
                + "found (" + BINARIES + ", " + DRIVERS + "); install them with: apt-get install chromium chromium-driver (.ci/run does)");
        Path profile = Files.createTempDirectory("ratecard-chromium-");
        Path downloads = Files.createTempDirectory("ratecard-downloads-");
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.get());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath.get()))
                .usingAnyFreePort().withSilent(true).build();
        return new Browser(new ChromeDriver(service, options), service, profile, downloads, screenshots);
    }

    <T> T await(Function<WebDriver, T> condition) {
        return await(condition, Duration.ofSeconds(30));
    }

    /** Waits for a condition; elements replaced by an htmx swap meanwhile are looked up again. */
    <T> T await(Function<WebDriver, T> condition, Duration timeout) {
        try {
            return new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(50))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot("failed-" + System.currentTimeMillis());
            } catch (IOException ignored) {
                // the timeout is what matters
            }
            throw e;
        }
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) throws IOException {
        Path file = screenshots.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder; the system cleans it eventually
        }
    }
}
