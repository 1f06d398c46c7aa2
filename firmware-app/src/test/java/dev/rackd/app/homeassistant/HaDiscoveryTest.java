package dev.rackd.app.homeassistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rackd.app.alerts.Alert;
import dev.rackd.app.alerts.AlertEvent;
import dev.rackd.app.alerts.AlertStatus;
import dev.rackd.app.alerts.DeviceLabels;
import dev.rackd.app.alerts.RuleBook;
import dev.rackd.app.alerts.Severity;
import dev.rackd.app.command.Json;
import dev.rackd.app.fixtures.FakeRackState;
import dev.rackd.app.fixtures.RecordingMessaging;
import dev.rackd.app.fixtures.RecordingMessaging.Out;
import dev.rackd.app.fixtures.TestShow;
import dev.rackd.config.AuthSettings.Role;
import dev.rackd.config.ShowFile;
import dev.rackd.hal.Reading;
import dev.rackd.hal.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HaDiscoveryTest {
    private final ShowFile show = TestShow.rack("foh").amp("amp-b", "Amp B", 4, Duration.ofSeconds(1))
            .meter("distro", "Distro", Duration.ofSeconds(1)).users(Map.of("homeassistant", Role.CREW)).build();
    private final RecordingMessaging mqtt = new RecordingMessaging("foh");
    private final FakeRackState rack = new FakeRackState();
    private final HaDiscovery ha = new HaDiscovery(show, mqtt, rack, new RuleBook(show), new DeviceLabels(show));

    private JsonNode config(String topic) throws Exception {
        List<Out> found = mqtt.sent().stream().filter(o -> o.topic().equals(topic)).toList();
        assertThat(found).as(topic).isNotEmpty();
        assertThat(found.getLast().retained()).isTrue();
        return Json.MAPPER.readTree(found.getLast().payload());
    }

    @Test
    void everyMetricBecomesASensorOfItsRackDeviceWithUnitAndClasses() throws Exception {
        ha.start();
        rack.push(Reading.good("amp-b", "ch3_temperature", 45, Unit.CELSIUS, Instant.now()));
        rack.push(Reading.good("distro", "energy", 1200, Unit.WATT_HOUR, Instant.now()));

        JsonNode t = config("homeassistant/sensor/rackd-foh/amp-b_ch3_temperature/config");
        assertThat(t.get("state_topic").asText()).isEqualTo("rackd/foh/devices/amp-b/ch3_temperature");
        assertThat(t.get("value_template").asText()).isEqualTo("{{ value_json.value }}");
        assertThat(t.get("unit_of_measurement").asText()).isEqualTo("°C");
        assertThat(t.get("device_class").asText()).isEqualTo("temperature");
        assertThat(t.get("state_class").asText()).isEqualTo("measurement");
        assertThat(t.get("unique_id").asText()).isEqualTo("rackd-foh-amp-b-ch3_temperature");
        assertThat(t.get("device").get("identifiers").get(0).asText()).isEqualTo("rackd-foh-amp-b");
        assertThat(t.get("device").get("name").asText()).isEqualTo("Amp B");
        assertThat(t.get("device").get("via_device").asText()).isEqualTo("rackd-foh");
        assertThat(t.get("availability")).extracting(a -> a.get("topic").asText())
                .containsExactly("rackd/foh/status", "rackd/foh/devices/amp-b/online");
        assertThat(t.get("availability_mode").asText()).isEqualTo("all");

        JsonNode e = config("homeassistant/sensor/rackd-foh/distro_energy/config");
        assertThat(e.get("device_class").asText()).isEqualTo("energy");
        assertThat(e.get("state_class").asText()).isEqualTo("total_increasing");
    }

    @Test
    void everyAlertRuleIsAProblemSensorBoundToItsRetainedAlert() throws Exception {
        ha.start();
        rack.push(Reading.good("amp-b", "ch3_temperature", 45, Unit.CELSIUS, Instant.now()));
        JsonNode hot = config("homeassistant/binary_sensor/rackd-foh/amp-b_ch3_temperature_high/config");
        assertThat(hot.get("state_topic").asText()).isEqualTo("rackd/foh/alerts/amp-b.ch3_temperature.high");
        assertThat(hot.get("device_class").asText()).isEqualTo("problem");
        assertThat(hot.get("value_template").asText()).contains("value_json.state in ['active', 'latched']");
        config("homeassistant/binary_sensor/rackd-foh/amp-b_ch3_temperature_rate/config");
        config("homeassistant/binary_sensor/rackd-foh/amp-b_offline/config");
        config("homeassistant/binary_sensor/rackd-foh/distro_offline/config");
    }

    @Test
    void aDomainsAlertGetsItsProblemSensorWhenItFirstFires() throws Exception {
        ha.changed(new AlertEvent(1, AlertEvent.Type.RAISE, Instant.now(), new Alert("distro.l1_voltage.window",
                "window", Severity.CRITICAL, AlertStatus.ACTIVE, "distro", "l1_voltage", 262.0, 253.0, "V", "m",
                Instant.now(), null, null, null, 1, false, 1)));
        JsonNode w = config("homeassistant/binary_sensor/rackd-foh/distro_l1_voltage_window/config");
        assertThat(w.get("name").asText()).isEqualTo("l1 voltage window");
        assertThat(w.get("device").get("name").asText()).isEqualTo("Distro");
    }

    @Test
    void acknowledgeAllIsAButtonThatSendsAsHomeAssistantsOwnUser() throws Exception {
        JsonNode b = config("homeassistant/button/rackd-foh/ack_all/config");
        assertThat(b.get("command_topic").asText()).isEqualTo("rackd/foh/cmd/ack/homeassistant");
        assertThat(b.get("payload_press").asText()).isEqualTo("{\"all\":true}");
        assertThat(b.get("device").get("identifiers").get(0).asText()).isEqualTo("rackd-foh");
    }

    @Test
    void everythingGoesOutAgainWhenHomeAssistantComesOnline() {
        ha.start();
        rack.push(Reading.good("amp-b", "ch3_temperature", 45, Unit.CELSIUS, Instant.now()));
        int configs = mqtt.sent().size();
        mqtt.clear();
        mqtt.deliver("homeassistant/status", "offline");
        assertThat(mqtt.sent()).isEmpty();
        mqtt.deliver("homeassistant/status", "online");
        assertThat(mqtt.sent()).hasSize(configs).allMatch(Out::retained);
        mqtt.clear();
        mqtt.connect();
        assertThat(mqtt.sent()).hasSize(configs);
    }
}
