package dev.rackd.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the HTTP server itself guarantees, whatever the routes: its headers, its body limit, a clear bind error. */
class WebServerGuardsTest {
    @TempDir
    Path tmp;
    private WebRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new WebRig(tmp, "stage-tech", "crew-pass-1");
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void everyAnswerForbidsFramingSniffingAndScriptFromElsewhere() throws Exception {
        for (String path : new String[] {"/", "/js/app.js", "/api/layout", "/api/no-such-thing"}) {
            HttpResponse<String> r = rig.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
        // live data is never cached; the page's files are checked again at every load, so a new rackd reaches
        // every phone
        assertThat(rig.get("/api/layout").headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(rig.get("/js/app.js").headers().firstValue("Cache-Control")).contains("no-cache");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeAnyoneReadsIt() throws Exception {
        String padding = "x".repeat((int) WebServer.MAX_REQUEST_BYTES + 1);
        HttpResponse<String> r = rig.post("/api/login", "{\"user\":\"stage-tech\",\"password\":\"crew-pass-1\","
                + "\"padding\":\"" + padding + "\"}");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Set-Cookie")).as("no session for an oversized login").isEmpty();
        // and the server is still there for a proper one
        assertThat(rig.login("stage-tech", "crew-pass-1").csrf()).isNotBlank();
    }

    @Test
    void nothingOutsideThePagesFilesCanBeFetched() throws Exception {
        // sent byte for byte as written: an HTTP client library would tidy the dots away first
        for (String path : new String[] {"/../dev/rackd/app/web/WebServer.class", "/%2e%2e/rackd-logback.xml",
            "/..%2frackd-logback.xml", "/js/%2e%2e/%2e%2e/rackd-logback.xml", "/..;/rackd-logback.xml",
            "/rackd-logback.xml", "/dev/rackd/app/web/WebServer.class"}) {
            String answer = rawGet(path);
            assertThat(answer).as(path).matches("(?s)HTTP/1\\.1 40[04] .*").doesNotContain("<configuration")
                    .doesNotContain("\u00ca\u00fe\u00ba\u00be");
        }
    }

    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", rig.dashboard.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aTakenPortIsSaidPlainlyWithTheWayOut() {
        int taken = rig.dashboard.port();
        assertThatThrownBy(() -> Dashboard.start(rig.sources, new WebOptions("127.0.0.1", taken,
                Optional.empty()))).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot listen on 127.0.0.1:" + taken).hasMessageContaining("--http-port");
    }
}
