package dev.rackd.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.core.InboundMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InjectionTopicsTest {
    private static final String BASE = "rackd/foh-a/sim/";
    private final FakeSimulation simulation = new FakeSimulation(Map.of("amp-a", Set.of()));
    private final List<String> injected = simulation.injected;

    private void send(String topic, String payload) {
        InjectionTopics.handle(BASE, new InboundMessage(BASE + topic, payload.getBytes(StandardCharsets.UTF_8),
                Optional.empty(), null, Map.of()), simulation);
    }

    @Test
    void numbersReleaseAndStatesReachTheSimulation() {
        send("amp-a/ch1_temperature", " 66.5\n");
        send("amp-a/ch1_temperature", "release");
        send("amp-a/state", "garbage");
        send("amp-a/ch3_load", "open"); // a cut speaker cable, as docs/amplifiers.md lists it
        send("amp-a/ch3_load", "short");
        assertThat(injected).containsExactly("amp-a ch1_temperature 66.5", "amp-a ch1_temperature release",
                "amp-a state garbage", "amp-a ch3_load open", "amp-a ch3_load short");
    }

    @Test
    void badMessagesChangeNothingAndNeverThrow() {
        send("amp-a/ch1_temperature", "hot");
        send("amp-a/state", "asleep");
        send("amp-a/Temp", "1");
        send("amp-z/state", "offline");
        send("amp-a/ch1_gain", "1".repeat(100));
        send("amp-a/ch1_gain", "open");
        send("amp-a/ch1_load", "broken");
        assertThat(injected).isEmpty();
    }
}
