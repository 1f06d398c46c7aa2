package dev.rackd.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How rackd reaches the crew.
 *
 * @param broker           e.g. {@code tcp://10.0.0.2:1883} or {@code ssl://...}; empty: run the embedded broker
 * @param embeddedHost     where the embedded broker listens (default 127.0.0.1)
 * @param embeddedPort     default 1883
 * @param passwordFile     a file holding the password (never the password itself in the show file)
 * @param telemetryInterval every retained metric is re-published at least this often
 * @param bufferMessages   how many messages are kept while the broker is away
 */
public record MqttSettings(
        Optional<String> broker,
        String embeddedHost,
        int embeddedPort,
        String clientId,
        Optional<String> username,
        Optional<Path> passwordFile,
        Optional<TlsSettings> tls,
        Duration telemetryInterval,
        int bufferMessages) {

    public record TlsSettings(Optional<Path> caFile, Optional<Path> certFile, Optional<Path> keyFile) {}
}
