package dev.rackd.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.app.alerts.Alert;
import dev.rackd.app.alerts.AlertEvent;
import dev.rackd.app.alerts.AlertJson;
import dev.rackd.app.alerts.AlertStatus;
import dev.rackd.app.alerts.Severity;
import dev.rackd.app.command.Json;
import dev.rackd.app.fixtures.MutableClock;
import dev.rackd.app.web.RackLayout;
import dev.rackd.config.ShowFileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A three-hour show of the example rack, recorded, then reported: what the logbook gets. */
class ShowReportTest {
    private static final Instant DOORS = Instant.parse("2026-11-21T18:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String HOT = "Amp B - Subs & fills ch 3 at 66.0 °C, limit 62 °C <fan?>";

    @TempDir
    Path tmp;
    private Path stateDir;

    @BeforeEach
    void recordAShow() throws Exception {
        stateDir = tmp.resolve("state");
        MutableClock clock = new MutableClock(DOORS);
        String layout = Json.MAPPER.writeValueAsString(RackLayout.of(ShowFileLoader.load(
                Path.of("../rack-config/examples/touring-rack.yaml")), false));
        try (HistoryLog log = new HistoryLog(stateDir.resolve(ShowRecorder.FOLDER), 1 << 20, 32 << 20, clock, layout)) {
            for (int i = 0; i < 360; i++) {
                Instant t = clock.instant();
                double show = Math.sin(Math.PI * i / 360);
                Map<String, HistoryLog.Sample> values = new TreeMap<>();
                for (int p = 1; p <= 3; p++) {
                    values.put("distro-l" + p + "/l" + p + "_current", new HistoryLog.Sample("A", 6 + 20 * show + p));
                    values.put("distro-l" + p + "/l" + p + "_voltage", new HistoryLog.Sample("V", 231 - 4 * show));
                }
                values.put("distro-l1/frequency", new HistoryLog.Sample("Hz", 50 + 0.02 * Math.sin(i)));
                values.put("rack-intake/temperature", new HistoryLog.Sample("°C", 24 + 6 * show));
                for (int ch = 1; ch <= 4; ch++) {
                    values.put("amp-b/ch" + ch + "_temperature", new HistoryLog.Sample("°C", 35 + 25 * show + ch));
                }
                values.put("ulxd-1/ch1_rf", new HistoryLog.Sample("dBm", -60 - 10 * show));
                values.put("ulxd-1/ch1_battery_bars", new HistoryLog.Sample("", 5 - Math.floor(3 * i / 360.0)));
                log.samples(t, values);
                if (i == 0) {
                    log.event(t, "device", "{\"device\":\"ulxd-2\",\"online\":true,\"reason\":\"connected\"}");
                }
                if (i == 150) {
                    log.event(t, "alert", alert(1, AlertEvent.Type.RAISE, t, null));
                    log.event(t, "device", "{\"device\":\"ulxd-2\",\"online\":false,\"reason\":\"no answer\"}");
                    log.event(t, "audio", "{\"event\":\"notch_placed\",\"channel\":1,\"hz\":2513.4,\"depth_db\":-6.0,"
                            + "\"width_oct\":0.1,\"fixed\":false}");
                }
                if (i == 160) {
                    log.event(t, "alert", alert(2, AlertEvent.Type.ACK, t, "stage-tech"));
                    log.event(t, "wireless", "{\"event\":\"retuned\",\"device\":\"ulxd-1\",\"channel\":4,"
                            + "\"from_khz\":503100,\"to_khz\":505325}");
                }
                if (i == 200) {
                    log.event(t, "alert", alert(3, AlertEvent.Type.CLEAR, t, "stage-tech"));
                    log.event(t, "device", "{\"device\":\"ulxd-2\",\"online\":true,\"reason\":\"readings arrive again\"}");
                }
                clock.advance(Duration.ofSeconds(30));
            }
        }
    }

    @Test
    void theReportPlotsPowerAndHeatAndDrawsTheAlertsTimeline() throws Exception {
        String html = report(Optional.empty(), Optional.empty());

        assertThat(count(html, "<figure class=\"plot power current\"")).isEqualTo(3);
        assertThat(html).contains("<figure class=\"plot power voltage\"").contains("<figure class=\"plot power frequency\"");
        assertThat(count(html, "<figure class=\"plot heat\"")).isGreaterThanOrEqualTo(7); // 6 sensors + 2 amps
        assertThat(seriesIn(html, "Distro L2: current against its 32 A breaker")).isEqualTo(1);
        assertThat(seriesIn(html, "Amp B - Subs &amp; fills")).isEqualTo(4);
        assertThat(html).contains("╌ warning 55").contains("╌ critical 62");

        assertThat(html).contains("<figure class=\"timeline alerts\"");
        assertThat(html).contains("▲ CRITICAL · " + escaped(HOT));
        assertThat(count(html, "<rect class=\"bar critical\"")).isEqualTo(1);
        assertThat(count(html, "<path class=\"ack\"")).isEqualTo(1);
        assertThat(html).contains("<td>Raised</td>").contains("<td>Acknowledged</td>").contains("<td>stage-tech</td>")
                .contains("<td>Cleared</td>");
        assertThat(html).contains("✓ online · ulxd-2 · connected").contains("✕ OFFLINE · ulxd-2 · no answer")
                .contains("✓ online again · ulxd-2 · readings arrive again");
        assertThat(html).contains("1 wireless event<").contains("time a device went offline");
        assertThat(html).contains("event retuned · device ulxd-1 · channel 4 · from khz 503100 · to khz 505325");
        assertThat(html).contains("<figure class=\"plot notches\"").contains("<circle class=\"notch placed\"");
        assertThat(html).contains("<td>-70 dBm</td>").contains("<td>3 / 5</td>");
        assertThat(html).contains("Peak phase load").contains("L3 91 %");
    }

    @Test
    void theReportStandsAloneAndNothingFromTheRackBecomesMarkup() throws Exception {
        String html = report(Optional.empty(), Optional.empty());
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain(" src=")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("url(http");
        assertThat(html).doesNotContain("<fan?>").contains("&lt;fan?&gt;");
        assertThat(html).startsWith("<!doctype html>").contains("<style>");
    }

    @Test
    void aWindowKeepsOnlyWhatHappenedInsideIt() throws Exception {
        // doors 18:00 UTC = 19:00 in Berlin; the alert fired at 19:15 UTC
        String html = report(Optional.of("2026-11-21T19:00"), Optional.of("2026-11-21T20:00"));
        assertThat(html).contains("No alert was raised in this window");
        assertThat(html).contains("Sat 21 Nov 2026 19:00 to 20:00 (Europe/Berlin, 1 h 0 min)");
        String later = report(Optional.of("2026-11-21T18:10:00Z"), Optional.empty());
        assertThat(later).contains("<figure class=\"timeline alerts\"");
    }

    @Test
    void mistakesAreSaidInOneLine() {
        assertThatThrownBy(() -> ShowReports.write(tmp.resolve("elsewhere"), Optional.empty(), Optional.empty(), ZONE,
                tmp.resolve("r.html"), "test")).hasMessageContaining("no show history in");
        assertThatThrownBy(() -> report(Optional.of("yesterday"), Optional.empty()))
                .hasMessageContaining("--from 'yesterday' is not a time");
        assertThatThrownBy(() -> report(Optional.of("2026-11-21T22:00"), Optional.of("2026-11-21T21:00")))
                .hasMessageContaining("must be before");
        assertThat(tmp.resolve("r.html")).doesNotExist();
    }

    @Test
    void aWindowTheHistoryDoesNotCoverIsNoCleanLookingReport() {
        // the show was on the 21st; the 22nd (a date typed wrong) holds nothing
        assertThatThrownBy(() -> report(Optional.of("2026-11-22T17:00"), Optional.of("2026-11-22T23:30")))
                .hasMessage("the history holds nothing from 2026-11-22 17:00 to 2026-11-22 23:30; it covers"
                        + " 2026-11-21 19:00 to 2026-11-21 21:59 (Europe/Berlin); no report written");
        assertThat(tmp.resolve("report.html")).doesNotExist();
    }

    @Test
    void theReportNeverOverwritesTheHistoryOrAFileThatIsNotAReport() throws Exception {
        Path history = stateDir.resolve(ShowRecorder.FOLDER);
        Path segment;
        try (var files = Files.list(history)) {
            segment = files.findFirst().orElseThrow();
        }
        byte[] recorded = Files.readAllBytes(segment);
        assertThatThrownBy(() -> write(segment)).hasMessageContaining("is inside the show history");
        assertThat(Files.readAllBytes(segment)).isEqualTo(recorded);

        Path show = Files.writeString(tmp.resolve("show.yaml"), "rack: {id: foh-a}\n");
        assertThatThrownBy(() -> write(show)).hasMessageContaining("exists and is not an HTML report");
        assertThat(Files.readString(show)).isEqualTo("rack: {id: foh-a}\n");

        assertThatThrownBy(() -> write(tmp)).hasMessageContaining("is a folder");
        Path pipe = tmp.resolve("live.html");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> write(pipe)).hasMessageContaining("is a device or a pipe, not a file");
        assertThat(Files.isRegularFile(pipe)).as("still a pipe").isFalse();
        assertThatThrownBy(() -> write(tmp.resolve("no/such/r.html"))).hasMessageContaining("does not exist");
        assertThat(tmp.resolve("no")).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anAlertEscalatedToCriticalCountsAsCritical() throws Exception {
        Path dir = tmp.resolve("escalated");
        MutableClock clock = new MutableClock(DOORS);
        try (HistoryLog log = new HistoryLog(dir.resolve(ShowRecorder.FOLDER), 1 << 20, 32 << 20, clock, "{}")) {
            log.samples(clock.instant(), Map.of("rack-intake/temperature", new HistoryLog.Sample("°C", 30)));
            log.event(clock.instant(), "alert", alert(1, AlertEvent.Type.RAISE, Severity.WARNING, clock.instant()));
            clock.advance(Duration.ofMinutes(5));
            log.event(clock.instant(), "alert", alert(2, AlertEvent.Type.UPDATE, Severity.CRITICAL, clock.instant()));
            clock.advance(Duration.ofMinutes(5));
            log.event(clock.instant(), "alert", alert(3, AlertEvent.Type.UPDATE, Severity.CRITICAL, clock.instant()));
        }
        Path out = tmp.resolve("escalated.html");
        ShowReports.write(dir, Optional.empty(), Optional.empty(), ZONE, out, "test");
        assertThat(Files.readString(out)).contains("Alerts raised<b>1</b><small>1 critical</small>");
    }

    private void write(Path out) throws Exception {
        ShowReports.write(stateDir, Optional.empty(), Optional.empty(), ZONE, out, "test");
    }

    private static String alert(long seq, AlertEvent.Type type, Severity severity, Instant t) throws IOException {
        Alert a = new Alert("amp-b.ch3_temperature.high", "high", severity, AlertStatus.ACTIVE, "amp-b",
                "ch3_temperature", 66.0, 62.0, "°C", HOT, DOORS, null, null, null, 1, false, seq);
        return Json.MAPPER.writeValueAsString(AlertJson.event(new AlertEvent(seq, type, t, a)));
    }

    private String report(Optional<String> from, Optional<String> to) throws Exception {
        Path out = tmp.resolve("report.html");
        ShowReports.write(stateDir, from, to, ZONE, out, "test");
        return Files.readString(out);
    }

    private static String alert(long seq, AlertEvent.Type type, Instant t, String ackedBy) throws IOException {
        AlertStatus state = type == AlertEvent.Type.CLEAR ? AlertStatus.CLOSED : AlertStatus.ACTIVE;
        Alert a = new Alert("amp-b.ch3_temperature.high", "high", Severity.CRITICAL, state, "amp-b", "ch3_temperature",
                66.0, 62.0, "°C", HOT, DOORS.plusSeconds(4500), type == AlertEvent.Type.CLEAR ? t : null, ackedBy,
                ackedBy == null ? null : DOORS.plusSeconds(4800), 1, false, seq);
        return Json.MAPPER.writeValueAsString(AlertJson.event(new AlertEvent(seq, type, t, a)));
    }

    private static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }

    /** How many lines the plot with this caption draws. */
    private static int seriesIn(String html, String caption) {
        Matcher m = Pattern.compile(Pattern.quote("<figcaption>" + caption) + ".*?</figure>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("a plot captioned " + caption).isTrue();
        return count(m.group(), "<path class=\"series\"");
    }

    private static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
