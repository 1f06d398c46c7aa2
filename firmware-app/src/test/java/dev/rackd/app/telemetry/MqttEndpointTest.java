package dev.rackd.app.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.app.core.StartupException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MqttEndpointTest {
    @ParameterizedTest
    @ValueSource(strings = {"tcp://127.0.0.1:1883", "ssl://broker.lan:8883", "tcp://[::1]:1883", "ws://10.0.0.2:8080/mqtt",
        "wss://broker.lan:443/mqtt"})
    void acceptsBrokerAddresses(String uri) throws StartupException {
        assertThat(MqttEndpoint.checkUri(uri)).isIn("tcp", "ssl", "ws", "wss");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:1883", "tcp://127.0.0.1", "http://x:80", "tcp://x:70000", "tcp://x:1883/path",
        "mqtt://x:1883", "tcp//x:1", ""})
    void refusesAnythingElseWithAnExample(String uri) {
        assertThatThrownBy(() -> MqttEndpoint.checkUri(uri)).isInstanceOf(StartupException.class)
                .hasMessageContaining("tcp://host:port")
                .extracting(e -> ((StartupException) e).exitCode()).isEqualTo(StartupException.BAD_INPUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp://rackd:secret@10.0.0.2:1883", "ssl://rackd@broker.lan:8883"})
    void refusesCredentialsInTheAddress(String uri) {
        assertThatThrownBy(() -> MqttEndpoint.checkUri(uri)).isInstanceOf(StartupException.class)
                .hasMessageContaining("carries no user or password").hasMessageNotContaining("secret");
    }
}
