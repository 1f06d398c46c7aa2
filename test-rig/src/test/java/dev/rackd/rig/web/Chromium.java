package dev.rackd.rig.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium as a phone (390 px wide), driven over WebDriver by the chromedriver of the same
 * Debian release ({@code apt-get install chromium chromium-driver}); never a downloaded browser. Each one
 * gets a fresh profile folder and no network but the loopback rackd.
 */
final class Chromium implements AutoCloseable {
    /**
     * Selenium looks for a DevTools binding of the browser's exact version and warns when it has none; these tests
     * use WebDriver only. Held here: a logger nobody references may be collected with its level.
     */
    private static final Logger CDP_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    final ChromeDriver driver;

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
    }

    static Chromium phone(Path profile) throws IOException {
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary("CHROMIUM", "chromium", "chromium-browser").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT);
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0, "touch", true)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(binary("CHROMEDRIVER", "chromedriver").toFile())
                .usingAnyFreePort()
                .withLogFile(profile.resolve("chromedriver.log").toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(15));
        return new Chromium(driver);
    }

    /**
     * The whole page (not only the viewport) as a PNG, through the DevTools protocol; fixed bars (the tabs,
     * a toast) show where the viewport ended.
     */
    void screenshot(Path file) throws IOException {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** What the phone's screen shows now. */
    void viewportShot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** How wide the page's content really is, in CSS pixels (wider than the phone means sideways scrolling). */
    long scrollWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** $NAME if set, else the first of the names on PATH; a missing browser is a clear failure, not a skip. */
    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static Path binary(String env, String... names) {
        String fromEnv = System.getenv(env);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        List<Path> path = Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
                .map(Path::of).toList();
        for (String name : names) {
            Optional<Path> found = path.stream().map(d -> d.resolve(name)).filter(Files::isExecutable).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalStateException(names[0] + " is not installed: the dashboard's browser tests need Debian's"
                + " chromium and chromium-driver (apt-get install -y chromium chromium-driver), or $" + env);
    }
}
