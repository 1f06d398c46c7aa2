package dev.rackd.config;

import dev.rackd.config.MqttSettings.TlsSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code mqtt:} — the broker rackd talks to, or the embedded one it runs. */
final class MqttReader {
    static final List<String> KEYS = List.of("broker", "embedded", "client_id", "username", "password_file", "tls",
            "telemetry_interval", "buffer_messages");
    static final List<String> EMBEDDED_KEYS = List.of("host", "port");
    static final List<String> TLS_KEYS = List.of("ca_file", "cert_file", "key_file");
    private static final Set<String> SECURE = Set.of("ssl", "wss");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private MqttReader() {}

    static MqttSettings read(Fields root, Registry registry, String rackId) {
        Fields f = root.section("mqtt", KEYS);
        Optional<String> broker = broker(f);
        Fields embedded = f.section("embedded", EMBEDDED_KEYS);
        String host = Hosts.local(embedded, "host", "127.0.0.1");
        int port = embedded.integer("port", 1883, 1, 65535, "");
        String clientId = f.text("client_id", "rackd-" + rackId, "1 to 64 letters, digits, '_', '.', '-'");
        if (!CLIENT_ID.matcher(clientId).matches()) {
            f.error("client_id", Values.quote(clientId) + " is not a usable client id; allowed: 1 to 64 letters,"
                    + " digits, '_', '.', '-'");
        }
        Optional<String> username = f.optionalText("username", "the MQTT user name");
        var passwordFile = registry.path(f, "password_file");
        if (passwordFile.isPresent() && username.isEmpty()) {
            f.error("password_file", "a password file without a username; required: username as well");
        }
        Optional<TlsSettings> tls = f.has("tls") ? Optional.of(tls(f, registry, broker)) : Optional.empty();
        Duration interval = f.duration("telemetry_interval", Duration.ofSeconds(10), Duration.ofSeconds(1),
                Duration.ofHours(1));
        int buffer = f.integer("buffer_messages", 10_000, 1, 1_000_000, "messages");
        return new MqttSettings(broker, host, port, clientId, username, passwordFile, tls, interval, buffer);
    }

    private static Optional<String> broker(Fields f) {
        Optional<String> text = f.optionalText("broker", BrokerAddress.RULE);
        text.flatMap(BrokerAddress::problem).ifPresent(problem -> f.error("broker", problem));
        return text;
    }

    private static TlsSettings tls(Fields f, Registry registry, Optional<String> broker) {
        Fields tls = f.section("tls", TLS_KEYS);
        boolean secure = broker.map(b -> SECURE.stream().anyMatch(s -> b.startsWith(s + "://"))).orElse(false);
        if (!secure) {
            f.error("tls", "TLS settings need a broker: ssl://host:port (or wss://); allowed: tls only with an"
                    + " ssl:// or wss:// broker");
        }
        var cert = registry.path(tls, "cert_file");
        var key = registry.path(tls, "key_file");
        if (cert.isPresent() != key.isPresent()) {
            String present = cert.isPresent() ? "cert_file" : "key_file";
            tls.error(present, "a client certificate needs both files; required: cert_file and key_file together");
        }
        return new TlsSettings(registry.path(tls, "ca_file"), cert, key);
    }
}
