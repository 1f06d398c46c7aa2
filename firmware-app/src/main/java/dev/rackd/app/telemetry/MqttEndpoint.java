package dev.rackd.app.telemetry;

import dev.rackd.app.core.StartupException;
import dev.rackd.config.BrokerAddress;
import dev.rackd.config.MqttSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import javax.net.SocketFactory;

/**
 * Where and as whom rackd connects: the broker URI ({@code tcp://host:port} or {@code ssl://host:port}),
 * the client id, and for an external broker the show file's username, password file and TLS files.
 */
public record MqttEndpoint(String uri, String clientId, Optional<String> username, Optional<byte[]> password,
        Optional<SocketFactory> socketFactory) {

    /** The embedded broker: plain TCP on loopback, no credentials. */
    public static MqttEndpoint embedded(String host, int port, String clientId) {
        return new MqttEndpoint("tcp://" + host + ":" + port, clientId, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A broker named on the command line for a simulated rack: no credentials, TLS with the system's CAs. */
    public static MqttEndpoint anonymous(String uri, String clientId) throws StartupException {
        String scheme = checkUri(uri);
        Optional<SocketFactory> tls = secure(scheme) ? Optional.of(javax.net.ssl.SSLSocketFactory.getDefault())
                : Optional.empty();
        return new MqttEndpoint(uri, clientId, Optional.empty(), Optional.empty(), tls);
    }

    /** An external broker, with the show file's credentials and TLS. */
    public static MqttEndpoint external(String uri, MqttSettings mqtt) throws StartupException {
        String scheme = checkUri(uri);
        Optional<byte[]> password = Optional.empty();
        if (mqtt.passwordFile().isPresent()) {
            try {
                String text = Files.readString(mqtt.passwordFile().get(), StandardCharsets.UTF_8).strip();
                password = Optional.of(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new StartupException(StartupException.ENVIRONMENT,
                        "cannot read mqtt.password_file " + mqtt.passwordFile().get() + ": " + e.getMessage());
            }
        }
        Optional<SocketFactory> tls = Optional.empty();
        if (secure(scheme)) {
            tls = Optional.of(PemTls.socketFactory(mqtt.tls().orElse(
                    new MqttSettings.TlsSettings(Optional.empty(), Optional.empty(), Optional.empty()))));
        }
        return new MqttEndpoint(uri, mqtt.clientId(), mqtt.username(), password, tls);
    }

    /**
     * @return the scheme, after refusing anything but {@code tcp://host:port}, {@code ssl://host:port} or a
     *         WebSocket address ({@code ws://host:port/path}, {@code wss://...})
     */
    public static String checkUri(String uri) throws StartupException {
        Optional<String> problem = BrokerAddress.problem(uri);
        if (problem.isPresent()) {
            throw new StartupException(StartupException.BAD_INPUT, problem.get());
        }
        return URI.create(uri).getScheme();
    }

    static boolean secure(String scheme) {
        return scheme.equals("ssl") || scheme.equals("wss");
    }
}
