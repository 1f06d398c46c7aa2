package dev.rackd.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's HTTP API without a browser: what a page reads, the live stream, and who may act. */
class DashboardHttpTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String ALERT = "amp-b.ch3_temperature.high";

    @TempDir
    Path tmp;
    private WebRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new WebRig(tmp, "stage-tech", "crew-pass-1", "guest-tablet", "viewer-pass-1",
                "stranger", "no-role-pass");
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void theLayoutDescribesTheRackBeforeAnyReading() throws Exception {
        JsonNode layout = WebRig.json(rig.get("/api/layout"));
        assertThat(layout.get("rack").get("name").asText()).isEqualTo("FOH Rack A");
        assertThat(layout.get("devices")).hasSize(rig.show.deviceIds().size() + 1); // + the audio path
        JsonNode l2 = layout.get("power").get("meters").get(1);
        assertThat(l2.get("breaker_amps").asDouble()).isEqualTo(32);
        assertThat(l2.get("phases").get(0).get("load_warning").asDouble()).isEqualTo(80);
        JsonNode ampTemp = find(layout.get("heat"), "amp-b", "ch3_temperature");
        assertThat(ampTemp.get("warning").asDouble()).isEqualTo(55);
        assertThat(ampTemp.get("critical").asDouble()).isEqualTo(62);
        assertThat(ampTemp.get("label").asText()).isEqualTo("Amp B - Subs & fills · Front fill");
        JsonNode intake = find(layout.get("heat"), "rack-intake", "temperature");
        assertThat(intake.get("warning").asDouble()).isEqualTo(35); // the sensor's own limits in the show file
        assertThat(intake.get("critical").asDouble()).isEqualTo(40);
        assertThat(layout.get("logins").asBoolean()).isTrue();
    }

    @Test
    void theStreamSendsTheWholePictureThenWhatChangesEverySecond() throws Exception {
        rig.rack.push(Reading.good("distro-l1", "l1_current", 12.5, Unit.AMPERE, Instant.now()));
        try (SseProbe sse = new SseProbe(rig.http, rig.uri("/api/events"))) {
            SseProbe.Event first = sse.await(e -> e.name().equals("snapshot"), WAIT);
            assertThat(first.data().get("readings").get("distro-l1/l1_current").get("value").asDouble()).isEqualTo(12.5);
            assertThat(first.data().get("devices").findValuesAsText("id")).contains("distro-l1", "ulxd-1", "audio");
            JsonNode wireless = first.data().get("wireless");
            assertThat(wireless.get("carriers")).hasSize(8);
            assertThat(wireless.get("carriers").get(0).get("frequency_khz").asLong()).isEqualTo(482_350);
            assertThat(wireless.get("intermod")).hasSize(WirelessView.MARKED_PRODUCTS);
            JsonNode scan = wireless.get("scan");
            assertThat(scan.get("levels_dbm")).hasSize(StoredScan.MAX_POINTS);
            double peakKhz = scan.get("start_khz").asDouble() + scan.get("step_khz").asDouble()
                    * indexOfMax(scan.get("levels_dbm"));
            assertThat(peakKhz).isCloseTo(606_000, within(200.0));

            rig.rack.push(Reading.good("distro-l1", "l1_current", 19.25, Unit.AMPERE, Instant.now()));
            SseProbe.Event moved = sse.await(e -> e.name().equals("tick")
                    && e.data().path("readings").has("distro-l1/l1_current"), WAIT);
            // a metric the page already knows comes as its bare value; a new one whole, with its unit
            assertThat(moved.data().get("readings").get("distro-l1/l1_current").asDouble()).isEqualTo(19.25);
            rig.rack.push(Reading.good("rack-intake", "temperature", 24.123456, Unit.CELSIUS, Instant.now()));
            SseProbe.Event fresh = sse.await(e -> e.name().equals("tick")
                    && e.data().path("readings").has("rack-intake/temperature"), WAIT);
            assertThat(fresh.data().get("readings").get("rack-intake/temperature").toString())
                    .startsWith("{\"value\":24.123,\"unit\":\"°C\",\"quality\":\"good\"");
            assertThat(moved.data().get("devices").get(0).get("online").asBoolean()).isTrue();

            List<Long> ticks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ticks.add(sse.await(e -> e.name().equals("tick"), WAIT).arrivedNanos());
            }
            // two intervals of a second, with room for a busy machine's scheduling
            assertThat(Duration.ofNanos(ticks.get(2) - ticks.get(0))).isLessThan(Duration.ofMillis(3200));
        }
    }

    @Test
    void pagesClosedOverHTTPGiveTheirPlacesBackSoPhonesCanComeAndGoAllNight() throws Exception {
        // a phone on venue Wi-Fi drops and reopens its stream many times a night, more than the 32 places; a place
        // is given back at the next message to the closed page, and a page told to come back later does so
        for (int i = 0; i < LiveStream.MAX_CLIENTS + 8; i++) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            boolean in = false;
            while (!in && System.nanoTime() < deadline) {
                try (SseProbe sse = new SseProbe(rig.http, rig.uri("/api/events"))) {
                    in = sse.await(e -> e.name().equals("snapshot") || e.name().equals("refused"), WAIT).name()
                            .equals("snapshot");
                }
                if (!in) {
                    Thread.sleep(500);
                }
            }
            assertThat(in).as("page %d got in", i).isTrue();
        }
    }

    @Test
    void anAlertReachesThePageAndOnlyACrewLoginCanAcknowledgeIt() throws Exception {
        heatAmpB();
        try (SseProbe sse = new SseProbe(rig.http, rig.uri("/api/events"))) {
            SseProbe.Event raised = sse.await(e -> e.data().path("alerts").findValuesAsText("id").contains(ALERT), WAIT);
            JsonNode alert = raised.data().get("alerts").findParents("id").stream()
                    .filter(a -> a.get("id").asText().equals(ALERT)).findFirst().orElseThrow();
            assertThat(alert.get("severity").asText()).isEqualTo("critical");
            assertThat(alert.get("message").asText()).contains("ch 3").contains("limit 62 °C");

            String ack = "{\"alert_id\":\"" + ALERT + "\"}";
            HttpResponse<String> anonymous = rig.post("/api/cmd/ack", ack);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(code(anonymous)).isEqualTo("not_authorised");

            WebRig.Login viewer = rig.login("guest-tablet", "viewer-pass-1");
            HttpResponse<String> refused = rig.post("/api/cmd/ack", ack, viewer.headers().toArray(String[]::new));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(code(refused)).isEqualTo("not_authorised");
            assertThat(WebRig.json(refused).get("error").get("message").asText()).contains("viewer");

            WebRig.Login crew = rig.login("stage-tech", "crew-pass-1");
            HttpResponse<String> noToken = rig.post("/api/cmd/ack", ack, "Cookie", crew.cookie());
            assertThat(noToken.statusCode()).isEqualTo(403);
            HttpResponse<String> foreign = rig.post("/api/cmd/ack", ack, "Cookie", crew.cookie(), "X-Rackd-Csrf",
                    crew.csrf(), "Origin", "http://evil.example");
            assertThat(foreign.statusCode()).isEqualTo(403);
            HttpResponse<String> otherSite = rig.post("/api/cmd/ack", ack, "Cookie", crew.cookie(), "X-Rackd-Csrf",
                    crew.csrf(), "Sec-Fetch-Site", "cross-site");
            assertThat(otherSite.statusCode()).isEqualTo(403);
            assertThat(open()).allMatch(a -> a.path("acked_by").isNull()); // nothing above changed anything

            HttpResponse<String> done = rig.post("/api/cmd/ack", ack, "Cookie", crew.cookie(), "X-Rackd-Csrf",
                    crew.csrf(), "Origin", rig.uri("").toString().replaceAll("/$", ""));
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
            assertThat(WebRig.json(done).get("result").get("acknowledged").get(0).asText()).isEqualTo(ALERT);
            SseProbe.Event acked = sse.await(e -> e.data().path("alerts").findValuesAsText("acked_by")
                    .contains("stage-tech"), WAIT);
            assertThat(acked.name()).isEqualTo("tick");
        }
    }

    @Test
    void aWrongOrUnknownLoginIsRefusedAlikeAndRepeatedGuessesAreSlowedDown() throws Exception {
        HttpResponse<String> wrong = rig.post("/api/login", "{\"user\":\"stage-tech\",\"password\":\"nope-nope\"}");
        HttpResponse<String> unknown = rig.post("/api/login", "{\"user\":\"nobody\",\"password\":\"nope-nope\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> noRole = rig.post("/api/login", "{\"user\":\"stranger\",\"password\":\"no-role-pass\"}");
        assertThat(noRole.statusCode()).isEqualTo(403);
        assertThat(WebRig.json(noRole).get("error").get("message").asText()).contains("no role");

        assertThat(rig.post("/api/login", "not json").statusCode()).isEqualTo(400);
        for (int i = 0; i < LoginThrottle.FAILURES; i++) {
            rig.post("/api/login", "{\"user\":\"stage-tech\",\"password\":\"guess-" + i + "\"}");
        }
        HttpResponse<String> slowed = rig.post("/api/login", "{\"user\":\"stage-tech\",\"password\":\"crew-pass-1\"}");
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void theSessionCookieCannotBeReadByScriptNorSentByAnotherSiteAndLogoutEndsIt() throws Exception {
        WebRig.Login crew = rig.login("stage-tech", "crew-pass-1");
        assertThat(crew.setCookie()).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        JsonNode session = WebRig.json(rig.http.send(java.net.http.HttpRequest.newBuilder(rig.uri("/api/session"))
                .header("Cookie", crew.cookie()).build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(session.get("role").asText()).isEqualTo("crew");

        assertThat(rig.post("/api/logout", "{}", "Cookie", crew.cookie()).statusCode()).isEqualTo(200);
        HttpResponse<String> after = rig.post("/api/cmd/ack", "{\"all\":true}", crew.headers().toArray(String[]::new));
        assertThat(after.statusCode()).isEqualTo(401);
    }

    @Test
    void loginsStartAndStopWithThePasswordFileWithoutARestart() throws Exception {
        java.nio.file.Path file = tmp.resolve("web-passwords");
        String lines = java.nio.file.Files.readString(file);
        java.nio.file.Files.delete(file);
        assertThat(WebRig.json(rig.get("/api/session")).get("logins").asBoolean()).isFalse();
        HttpResponse<String> off = rig.post("/api/login", "{\"user\":\"stage-tech\",\"password\":\"crew-pass-1\"}");
        assertThat(off.statusCode()).isEqualTo(403);
        assertThat(WebRig.json(off).get("error").get("message").asText()).contains("no password file at " + file);

        java.nio.file.Files.writeString(file, lines);
        assertThat(WebRig.json(rig.get("/api/session")).get("logins").asBoolean()).isTrue();
        assertThat(rig.login("stage-tech", "crew-pass-1").csrf()).isNotBlank();
    }

    @Test
    void anUnknownCommandOrApiIsSaidSoInTheContractsShape() throws Exception {
        WebRig.Login crew = rig.login("stage-tech", "crew-pass-1");
        HttpResponse<String> r = rig.post("/api/cmd/levitate", "{}", crew.headers().toArray(String[]::new));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(code(r)).isEqualTo("unknown_command");
        HttpResponse<String> bad = rig.post("/api/cmd/ack", "{\"alert_id\": 5}", crew.headers().toArray(String[]::new));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(code(bad)).isEqualTo("wrong_type");
        HttpResponse<String> api = rig.get("/api/nothing-here");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(code(api)).isEqualTo("not_found");
    }

    /** Amp B channel 3 at 70 °C for 11 s: past its 62 °C critical limit for longer than the rule's 10 s. */
    private void heatAmpB() {
        Instant t0 = Instant.now().minusSeconds(11);
        for (int s = 0; s <= 11; s++) {
            rig.rack.push(Reading.good("amp-b", "ch3_temperature", 70, Unit.CELSIUS, t0.plusSeconds(s)));
        }
    }

    private List<JsonNode> open() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        WebRig.json(rig.get("/api/snapshot")).get("alerts").forEach(out::add);
        return out;
    }

    private static int indexOfMax(JsonNode levels) {
        int best = 0;
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).asDouble() > levels.get(best).asDouble()) {
                best = i;
            }
        }
        return best;
    }

    private static String code(HttpResponse<String> r) throws Exception {
        return WebRig.json(r).get("error").get("code").asText();
    }

    private static JsonNode find(JsonNode heat, String device, String metric) {
        for (JsonNode h : heat) {
            if (h.get("device").asText().equals(device) && h.get("metric").asText().equals(metric)) {
                return h;
            }
        }
        throw new AssertionError(device + "/" + metric + " not in the layout");
    }
}
