package dev.rackd.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rackd.app.alerts.AlertSystem;
import dev.rackd.app.command.CommandDoor;
import dev.rackd.app.fixtures.FakeRackState;
import dev.rackd.app.fixtures.RecordingMessaging;
import dev.rackd.app.state.StateStore;
import dev.rackd.config.ShowFile;
import dev.rackd.config.ShowFileLoader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard as the service runs it (real command door, real alert system, the example touring rack),
 * fed by a fake rack state, on a free loopback port; and an HTTP client that keeps one session cookie.
 */
final class WebRig implements AutoCloseable {
    static final Path EXAMPLE = Path.of("../rack-config/examples/touring-rack.yaml");
    static final ObjectMapper JSON = new ObjectMapper();

    final ShowFile show;
    final FakeRackState rack = new FakeRackState();
    final RecordingMessaging mqtt;
    final CommandDoor door;
    final StateStore store;
    final AlertSystem alerts;
    final WebSources sources;
    final Dashboard dashboard;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param users {@code user, password} pairs written to the password file (cheap hashes, for speed) */
    WebRig(Path tmp, String... users) throws Exception {
        show = ShowFileLoader.load(EXAMPLE);
        mqtt = new RecordingMessaging(show.rack().id());
        door = new CommandDoor(mqtt, show.auth(), Duration.ofSeconds(5));
        store = new StateStore(tmp.resolve("state"), 8 << 20, Clock.systemUTC(), p -> { });
        // the wireless domain's latest scan, as it keeps it: a quiet band with one strong carrier at 606 MHz
        StringBuilder scan = new StringBuilder();
        for (long khz = 470_000; khz <= 700_000; khz += 25) {
            scan.append(khz / 1000.0).append(',').append(khz == 606_000 ? -40.0 : -100.0).append("\r\n");
        }
        store.write("wireless-scan", scan.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        alerts = AlertSystem.start(show, rack, mqtt, store, door, Optional.empty(), Clock.systemUTC());
        door.start();
        Path passwords = tmp.resolve("web-passwords");
        StringBuilder lines = new StringBuilder("# test logins\n");
        for (int i = 0; i + 1 < users.length; i += 2) {
            lines.append(users[i]).append(':').append(PasswordHash.create(users[i + 1].toCharArray(), 1000).format())
                    .append('\n');
        }
        Files.writeString(passwords, lines);
        sources = new WebSources(show, rack, Clock.systemUTC(), door::submit, AlertSource.of(alerts.engine()),
                Optional.of(mqtt), Optional.of(store));
        dashboard = Dashboard.start(sources, new WebOptions("127.0.0.1", 0, Optional.of(passwords)));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + dashboard.port() + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @param headers name, value, name, value... (a "Cookie" among them is sent as is) */
    HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in; returns the cookie header value and the CSRF token. */
    Login login(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> r = post("/api/login", "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}");
        if (r.statusCode() != 200) {
            throw new AssertionError("login of " + user + " refused: " + r.statusCode() + " " + r.body());
        }
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return new Login(setCookie.substring(0, setCookie.indexOf(';')), json(r).get("csrf").asText(), setCookie);
    }

    record Login(String cookie, String csrf, String setCookie) {
        List<String> headers() {
            return List.of("Cookie", cookie, "X-Rackd-Csrf", csrf);
        }
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        dashboard.close();
        alerts.close();
        door.close();
    }
}
