package dev.rackd.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What each device publishes, by kind, against the vocabulary ({@link MetricNames}) firmware-app holds to the drivers:
 * a device may publish nothing outside it, and each name in it is some kind's, so the two lists cannot drift apart.
 */
class DeviceMetricsTest {
    private static final String EVERY_KIND = """
            rack: {id: foh-a}
            power:
              meters:
                - {id: distro-pzem, kind: pzem004t, port: /dev/ttyUSB0, address: 1, phases: [l2], breaker_amps: 32}
                - {id: distro-sdm, kind: sdm630, port: /dev/ttyUSB0, address: 2, breaker_amps: 63}
                - {id: distro-single, kind: sdm120, port: /dev/ttyUSB2, address: 1, phases: [l1], breaker_amps: 16}
              dc_monitors:
                - {id: rail-24v, kind: ina219, address: 0x40, shunt_ohms: 0.01, max_amps: 8}
            temperature:
              sensors:
                - {id: amp-temp, kind: ds18b20, w1_id: 28-0316a2796aff}
                - {id: pi, kind: pi-soc}
                - {id: case, kind: sysfs, path: /sys/class/hwmon/hwmon0/temp1_input}
            amplifiers:
              - {id: amp-a, kind: powersoft, host: 10.0.0.31, channels: 4}
              - id: amp-b
                kind: aes70
                host: 10.0.0.32
                port: 50014
                channels: 2
                oca_objects: {ch1_gain: 1, ch2_impedance: 2, ch2_temperature: 3, psu_temperature: 4, standby: 5}
            wireless:
              receivers:
                - {id: ulxd-1, kind: shure-ulxd, host: 10.0.0.41, tuning_min_khz: 470125, tuning_max_khz: 533875,
                   channels: [{channel: 1}]}
                - {id: ew-mc, kind: sennheiser-ew, host: 10.0.0.45, tuning_min_khz: 516000, tuning_max_khz: 558000,
                   channels: [{channel: 1}]}
              scanner: {id: rf-explorer, port: /dev/ttyUSB1}
            audio: {channels: 8}
            gpio:
              outputs: [{id: relay-amps, pin: 17, role: relay}]
              inputs: [{id: ack, pin: 25, role: ack_button}]
            """;

    private static final List<String> ROLES = List.of("ch1_gain", "ch2_load", "ch2_temperature", "psu_temperature",
            "standby");

    @Test
    void noDevicePublishesANameOutsideTheVocabulary() throws ShowFileException {
        Set<String> vocabulary = MetricNames.all(ROLES);

        for (DeviceMetrics d : DeviceMetrics.of(ShowFileLoader.parse(EVERY_KIND, "show.yaml"))) {
            assertThat(vocabulary).as(d.id()).containsAll(d.names());
        }
    }

    @Test
    void everyNameOfTheVocabularyIsSomeKindOfDevicesOwn() throws ShowFileException {
        Set<String> published = DeviceMetrics.of(ShowFileLoader.parse(EVERY_KIND, "show.yaml")).stream()
                .flatMap(d -> d.names().stream()).collect(Collectors.toCollection(TreeSet::new));

        assertThat(published).containsAll(MetricNames.PER_DEVICE);
        MetricNames.PI_FLAGS.forEach(flag -> assertThat(published).contains(flag, flag + "_since_boot"));
        assertThat(MetricNames.PER_PHASE).allSatisfy(word -> assertThat(published).contains("l1_" + word));
        assertThat(MetricNames.PER_CHANNEL).allSatisfy(word -> assertThat(published)
                .anyMatch(name -> name.matches("ch[0-9]+_" + word)));
    }

    @Test
    void eachDeviceOfTheExampleRackPublishesWhatItsKindAndSettingsGive() throws ShowFileException {
        Map<String, DeviceMetrics> devices = DeviceMetrics.of(ShowFileLoader.load(Path.of("examples",
                "touring-rack.yaml"))).stream().collect(Collectors.toMap(DeviceMetrics::id, Function.identity()));

        assertThat(devices.get("distro-l2").names()).contains("l2_load", "alarm", "offline").doesNotContain("l1_load",
                "neutral_current", "power");
        assertThat(devices.get("rail-24v").names()).containsExactlyInAnyOrder("voltage", "current", "power",
                "offline");
        assertThat(devices.get("pi-soc").names()).contains("temperature", "throttled", "under_voltage_since_boot");
        assertThat(devices.get("amp-a-temp").names()).doesNotContain("throttled");
        assertThat(devices.get("amp-a").names()).contains("ch4_clip", "fan_fault").doesNotContain("ch5_clip",
                "ch1_temperature");
        assertThat(devices.get("amp-b").names()).contains("ch4_load", "ch4_temperature", "ch4_temperature_trend")
                .doesNotContain("ch4_impedance", "ch1_clip");
        assertThat(devices.get("ulxd-1").names()).contains("ch4_battery_minutes", "ch1_interference")
                .doesNotContain("ch5_rf");
        assertThat(devices.get("ew-mc").names()).contains("ch1_rf").doesNotContain("ch2_rf", "ch1_battery_minutes");
        assertThat(devices.get("rf-explorer").names()).contains("noise_floor", "offline");
        assertThat(devices.get("audio").names()).contains("ch2_true_peak", "underruns").doesNotContain("ch3_peak",
                "offline");
        assertThat(devices.get("relay-amps-a").names()).isEmpty();
    }
}
