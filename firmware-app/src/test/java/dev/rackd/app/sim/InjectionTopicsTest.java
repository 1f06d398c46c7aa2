package dev.rackd.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.core.InboundMessage;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Device;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InjectionTopicsTest {
    private static final String BASE = "rackd/foh-a/sim/";
    private final List<String> injected = new ArrayList<>();
    private final Simulation simulation = new Simulation() {
        @Override
        public ShowFile rewired() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Device> virtualDevices() {
            return Map.of();
        }

        @Override
        public void inject(String deviceId, String target, String value) {
            if (!deviceId.equals("amp-a")) {
                throw new IllegalArgumentException("no simulated device '" + deviceId + "'");
            }
            injected.add(deviceId + " " + target + " " + value);
        }

        @Override
        public void close() {}
    };

    private void send(String topic, String payload) {
        InjectionTopics.handle(BASE, new InboundMessage(BASE + topic, payload.getBytes(StandardCharsets.UTF_8),
                Optional.empty(), null, Map.of()), simulation);
    }

    @Test
    void numbersReleaseAndStatesReachTheSimulation() {
        send("amp-a/ch1_temperature", " 66.5\n");
        send("amp-a/ch1_temperature", "release");
        send("amp-a/state", "garbage");
        assertThat(injected).containsExactly("amp-a ch1_temperature 66.5", "amp-a ch1_temperature release",
                "amp-a state garbage");
    }

    @Test
    void badMessagesChangeNothingAndNeverThrow() {
        send("amp-a/ch1_temperature", "hot");
        send("amp-a/state", "asleep");
        send("amp-a/Temp", "1");
        send("amp-z/state", "offline");
        send("amp-a/ch1_gain", "1".repeat(100));
        assertThat(injected).isEmpty();
    }
}
