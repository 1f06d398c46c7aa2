package dev.rackd.app.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.systemd.StatusLine.Family;
import dev.rackd.app.systemd.StatusLine.MqttState;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusLineTest {
    @Test
    void summarisesTheRackInOneLine() {
        StatusLine line = new StatusLine(List.of(new Family("meters", 3, 3), new Family("amps", 2, 2)), 0, 1,
                MqttState.CONNECTED);
        assertThat(line.text()).isEqualTo("3/3 meters, 2/2 amps online, 1 warning, MQTT connected");
    }

    @Test
    void saysCriticalsFirstAndSkipsFamiliesTheRackDoesNotHave() {
        StatusLine line = new StatusLine(
                List.of(new Family("meters", 1, 2), new Family("receivers", 0, 0), new Family("amps", 4, 4)), 2, 3,
                MqttState.BUFFERING);
        assertThat(line.text())
                .isEqualTo("1/2 meters, 4/4 amps online, 2 critical alerts, 3 warnings, MQTT buffering (broker unreachable)");
    }

    @Test
    void atStartUpTheBrokerIsNotCalledUnreachableBeforeItWasTried() {
        assertThat(new StatusLine(List.of(new Family("amps", 0, 2)), 0, 0, MqttState.CONNECTING).text())
                .isEqualTo("0/2 amps online, no alerts, MQTT connecting");
    }

    @Test
    void anEmptyQuietRackSaysSo() {
        assertThat(new StatusLine(List.of(), 0, 0, MqttState.OFF).text()).isEqualTo("no devices, no alerts, MQTT off");
    }
}
