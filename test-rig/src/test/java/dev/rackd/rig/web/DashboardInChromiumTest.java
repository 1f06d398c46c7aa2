package dev.rackd.rig.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rackd.app.web.Passwords;
import dev.rackd.rig.e2e.RackdProcess;
import dev.rackd.rig.mqtt.Mosquitto;
import dev.rackd.rig.mqtt.MqttWatch;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The crew's view in a real Chromium the width of a phone, against {@code rackd run --simulate} with a real
 * Mosquitto: the page comes up, values move without a reload, a fault injected on the simulated rack
 * becomes an alert on the page, and a crew login acknowledges it through the command door. Screenshots of
 * every page and the show report of the run are kept under {@code target/dashboard/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardInChromiumTest {
    private static final Path EXAMPLE = Path.of("../rack-config/examples/touring-rack.yaml");
    private static final Path ARTEFACTS = Path.of("target", "dashboard");
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final String RACK = "rackd/foh-a/";
    private static final String CREW = "stage-tech";
    private static final String CREW_PASSWORD = "Load-in 14:00";

    @TempDir
    static Path tmp;
    private Mosquitto broker;
    private RackdProcess rackd;
    private MqttWatch mqtt;
    private Chromium chromium;
    private String page;

    @BeforeAll
    void startRackAndBrowser() throws Exception {
        Files.createDirectories(ARTEFACTS);
        broker = Mosquitto.start(Files.createDirectories(tmp.resolve("broker")));
        Path passwords = tmp.resolve("web-passwords");
        Passwords.set(passwords, CREW, CREW_PASSWORD.toCharArray());
        Passwords.set(passwords, "guest-tablet", "just looking".toCharArray());
        int port = Mosquitto.freePort();
        page = "http://127.0.0.1:" + port + "/";
        rackd = RackdProcess.start(tmp.resolve("rackd.log"), "run", "--config", EXAMPLE.toString(), "--simulate",
                "--broker", broker.uri(), "--state-dir", tmp.resolve("state").toString(), "--http-port",
                Integer.toString(port), "--http-bind", "127.0.0.1", "--passwords", passwords.toString());
        mqtt = new MqttWatch(broker.uri(), RACK + "#");
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(WAIT).ignoreExceptions().until(() -> http.send(HttpRequest.newBuilder(URI.create(page
                + "api/layout")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        chromium = Chromium.phone(tmp.resolve("chromium-profile"));
    }

    @AfterAll
    void stopAll() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        mqtt.close();
        rackd.close();
        broker.close();
    }

    @Test
    @Order(1)
    void thePageComesUpLiveWithEverySimulatedDeviceOnline() {
        chromium.driver.get(page);
        awaitText(By.id("link"), "live");
        assertThat(chromium.driver.findElement(By.id("rack-name")).getText()).isEqualTo("FOH Rack A");
        // the 16 devices of the show file and the audio path, every one simulated (the audio path on the
        // simulated sound card)
        await().atMost(WAIT).until(() -> all(".devices li").size() == 17 && all(".devices li:not(.down)").size() == 17);
        assertThat(all(".devices li")).allSatisfy(li -> assertThat(li.getText()).containsPattern("seen \\d+ s ago"
                + "|never seen|OFFLINE"));
    }

    @Test
    @Order(2)
    void valuesChangeWithoutReloadingThePage() throws Exception {
        open("power");
        chromium.driver.executeScript("window.stillTheSamePage = true");
        WebElement l1 = chromium.driver.findElements(By.cssSelector(".phases .phase .big")).getFirst();
        mqtt.publish(RACK + "sim/distro-l1/l1_current", "20.5");
        await().atMost(WAIT).until(() -> l1.getText().equals("20.5 A"));
        // the load is the power domain's own reading of the current against the breaker, so it may follow the
        // current by a tick
        WebElement load = chromium.driver.findElements(By.cssSelector(".phases .phase .load")).getFirst();
        await().atMost(WAIT).until(() -> load.getText().equals("64 %"));
        mqtt.publish(RACK + "sim/distro-l1/l1_current", "release");
        await().atMost(WAIT).until(() -> !l1.getText().equals("20.5 A"));
        assertThat(chromium.driver.executeScript("return window.stillTheSamePage")).isEqualTo(true);
    }

    @Test
    @Order(3)
    void aFaultOnTheRackBecomesAnAlertOnThePage() throws Exception {
        open("overview");
        mqtt.publish(RACK + "sim/amp-b/ch3_temperature", "71.5"); // the front-fill channel's fan died
        WebElement alert = await().atMost(WAIT).ignoreExceptions().until(() -> hotAlert(), a -> a != null);
        // the symbol before the word comes from the style sheet; the word is the element's text
        assertThat(alert.findElement(By.cssSelector(".sev")).getText()).isEqualTo("CRITICAL");
        assertThat(chromium.driver.executeScript("return getComputedStyle(arguments[0], '::before').content",
                alert.findElement(By.cssSelector(".sev")))).isEqualTo("\"▲\"");
        assertThat(alert.getText()).contains("limit 62 °C");
        assertThat(alert.findElements(By.tagName("button"))).as("no action without a login").isEmpty();
        assertThat(chromium.driver.findElement(By.cssSelector(".login-hint")).getText())
                .isEqualTo("Log in to acknowledge");
        await().atMost(WAIT).ignoreExceptions().until(() -> chromium.driver.findElement(By.cssSelector(
                "[data-tab=heat] .tab-flag")).getAttribute("class").contains("critical"));
        chromium.viewportShot(ARTEFACTS.resolve("overview-alert.png"));
    }

    @Test
    @Order(4)
    void aCrewLoginAcknowledgesItThroughTheCommandDoor() throws Exception {
        open("overview");
        mqtt.publish(RACK + "sim/amp-b/ch3_temperature", "71.5"); // already so after the test before, unless run alone
        logIn(CREW, CREW_PASSWORD);
        awaitText(By.cssSelector("#who .who-role"), "CREW");
        WebElement button = await().atMost(WAIT).ignoreExceptions()
                .until(() -> hotAlert().findElements(By.tagName("button")), b -> !b.isEmpty()).getFirst();
        assertThat(button.getText()).isEqualTo("Acknowledge");
        button.click();
        // the door's answer shows for a few seconds; the page learns of the acknowledgement on its stream
        await().atMost(WAIT).until(() -> chromium.driver.findElement(By.id("toast")).getText()
                .startsWith("Acknowledged:"));
        await().atMost(WAIT).ignoreExceptions().until(() -> hotAlert().getText().contains("acknowledged by " + CREW));
        // the same door as MQTT: the alert engine tells the crew on the events topic who acknowledged it
        mqtt.awaitAny(RACK + "events",
                p -> p.contains("\"type\":\"ack\"") && p.contains("\"acked_by\":\"" + CREW + "\""), WAIT);
        chromium.viewportShot(ARTEFACTS.resolve("overview-acknowledged.png"));
    }

    @Test
    @Order(5)
    void aScanAskedForOnThePageIsDrawnOnTheSpectrum() throws Exception {
        open("wireless");
        if (chromium.driver.findElement(By.id("who")).getText().equals("Log in")) { // run on its own
            logIn(CREW, CREW_PASSWORD);
            awaitText(By.cssSelector("#who .who-role"), "CREW");
        }
        assertThat(all("#page-wireless svg.chart path.trace")).as("no scan before one is made").isEmpty();
        WebElement scan = await().atMost(WAIT).until(() -> all("#page-wireless button.action").stream()
                .filter(b -> b.getText().equals("Scan now")).findFirst().orElse(null), b -> b != null);
        scan.click();
        chromium.driver.findElement(By.id("confirm-yes")).click();
        // the door's answer first (the scan took its time), then the stored scan reaches the page
        await().atMost(Duration.ofSeconds(60)).until(() -> chromium.driver.findElement(By.id("toast")).getText()
                .startsWith("Scan done"));
        await().atMost(Duration.ofSeconds(45)).until(() -> !all("#page-wireless svg.chart path.trace").isEmpty());
        chromium.viewportShot(ARTEFACTS.resolve("wireless-scan.png"));
    }

    @Test
    @Order(6)
    void aViewerLoginMayWatchButIsOfferedNoAction() {
        open("overview");
        if (!chromium.driver.findElement(By.id("who")).getText().equals("Log in")) { // the crew's login from before
            chromium.driver.findElement(By.id("who")).click();
            chromium.driver.findElement(By.id("logout")).click();
            awaitText(By.id("who"), "Log in");
        }
        logIn("guest-tablet", "just looking");
        awaitText(By.cssSelector("#who .who-role"), "VIEWER");
        open("audio");
        await().atMost(WAIT).until(() -> chromium.driver.findElements(By.cssSelector("#page-audio .login-hint"))
                .getFirst().getText().contains("may watch only"));
        assertThat(chromium.driver.findElements(By.cssSelector("#page-audio button.action"))).isEmpty();
    }

    @Test
    @Order(7)
    void everyPageFitsAPhoneAndIsKeptAsAScreenshot() throws Exception {
        for (String p : List.of("overview", "power", "heat", "wireless", "audio")) {
            open(p);
            await().atMost(WAIT).until(() -> chromium.driver.findElement(By.id("page-" + p)).isDisplayed());
            Thread.sleep(1200); // one more tick and the charts drawn from the last hour
            assertThat(chromium.scrollWidth()).as(p + " scrolls sideways").isLessThanOrEqualTo(Chromium.PHONE_WIDTH);
            Path shot = ARTEFACTS.resolve(p + "-390px.png");
            chromium.viewportShot(shot); // what the phone shows
            chromium.screenshot(ARTEFACTS.resolve(p + "-390px-whole-page.png"));
            assertThat(Files.size(shot)).isGreaterThan(20_000);
        }
        assertThat(chromium.driver.findElements(By.cssSelector("#page-wireless svg.chart line.carrier"))).hasSize(8);
        List<LogEntry> errors = chromium.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("errors in the page's console").isEmpty();
    }

    @Test
    @Order(8)
    void theShowReportOfThisRunHasItsPlotsAndTheAlertOnItsTimeline() throws Exception {
        assertThat(rackd.stop()).as(rackd.output()).isZero();
        Path report = ARTEFACTS.resolve("show-report.html");
        RackdProcess writer = RackdProcess.start(tmp.resolve("report.log"), "report", "--state-dir",
                tmp.resolve("state").toString(), "--out", report.toString(), "--zone", "UTC");
        assertThat(writer.exitCode(60)).as(writer.output()).isZero();
        String html = Files.readString(report);
        assertThat(html).contains("<figure class=\"plot power current\"").contains("<figure class=\"plot heat\"")
                .contains("<path class=\"series\"");
        assertThat(html).contains("<figure class=\"timeline alerts\"").contains("<rect class=\"bar critical\"")
                .contains("ch 3").contains("<td>" + CREW + "</td>");
        assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
    }

    private WebElement hotAlert() {
        return all("article.alert").stream().filter(a -> a.getText().contains("Amp B")
                && a.getText().contains("ch 3")).findFirst().orElse(null);
    }

    private void logIn(String user, String password) {
        chromium.driver.findElement(By.id("who")).click();
        chromium.driver.findElement(By.id("login-user")).sendKeys(user);
        chromium.driver.findElement(By.id("login-password")).sendKeys(password);
        chromium.driver.findElement(By.id("login-submit")).click();
    }

    private void open(String tab) {
        if (!chromium.driver.getCurrentUrl().startsWith(page)) { // a test run on its own starts on a blank tab
            chromium.driver.get(page);
            awaitText(By.id("link"), "live");
        }
        chromium.driver.findElement(By.cssSelector("[data-tab=" + tab + "]")).click();
    }

    private List<WebElement> all(String css) {
        return chromium.driver.findElements(By.cssSelector(css));
    }

    private void awaitText(By by, String text) {
        await().atMost(WAIT).ignoreExceptions().until(() -> chromium.driver.findElement(by).getText().equals(text));
    }
}
