package dev.rackd.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.config.MetricNames;
import dev.rackd.config.ShowFileException;
import dev.rackd.config.ShowFileLoader;
import dev.rackd.hal.amps.aes70.Aes70Role;
import dev.rackd.hal.temperature.pi.ThrottleFlags;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The show file refuses an alert rule whose metric nothing publishes (a misspelt rule would never fire), so its
 * vocabulary ({@link MetricNames}) and what the drivers and domains publish must agree: a name missing there stops a
 * correct show file from loading, a name nobody publishes lets a dead rule through. A rule is held to what its device
 * publishes, so each producer's names are tried on a device of its kind. The AES70 and Raspberry Pi names come from
 * the drivers' own code; the rest are the names each producer (named per group) writes.
 */
class MetricNamesAgreeTest {
    /** What each producer publishes, and the devices of {@link #EVERY_KIND} it publishes it on. */
    private record Published(String devices, List<String> metrics) {}

    private static final Map<String, Published> PUBLISHED = published();

    /** One device of every kind, so that a rule on each producer's metric names a device that publishes it. */
    private static final String EVERY_KIND = """
            power:
              meters:
                - {id: distro-l1, kind: pzem004t, port: /dev/ttyUSB0, address: 1, phases: [l1], breaker_amps: 32}
                - {id: distro-3p, kind: sdm630, port: /dev/ttyUSB0, address: 2, breaker_amps: 63}
              dc_monitors: [{id: rail-24v, kind: ina226, address: 0x40, shunt_ohms: 0.01, max_amps: 8}]
            temperature:
              sensors:
                - {id: temp-amp, kind: ds18b20, w1_id: 28-0316a2796aff}
                - {id: temp-pi, kind: pi-soc}
            amplifiers:
              - {id: amp-a, kind: powersoft, host: 10.0.0.31, channels: 4}
              - {id: amp-b, kind: aes70, host: 10.0.0.32, port: 50014, channels: 16,
                 oca_objects: {ch1_temperature: 0x10003, ch16_temperature: 0x10f03}}
            wireless:
              receivers:
                - {id: rx-ulxd, kind: shure-ulxd, host: 10.0.0.41, tuning_min_khz: 470125, tuning_max_khz: 533875,
                   channels: [{channel: 1}]}
                - {id: rx-ew, kind: sennheiser-ew, host: 10.0.0.45, tuning_min_khz: 516000, tuning_max_khz: 558000,
                   channels: [{channel: 1}]}
              scanner: {id: rf-explorer, port: /dev/ttyUSB1}
            audio: {channels: 8}
            """;

    private static Map<String, Published> published() {
        Map<String, Published> m = new LinkedHashMap<>();
        m.put("PzemMeter, SdmMeter", new Published("distro-*", List.of("l1_voltage", "l2_current", "l3_power",
                "l1_power_factor", "frequency", "power", "energy", "alarm", "neutral_current")));
        m.put("InaMonitor", new Published("rail-24v", List.of("voltage", "current", "power")));
        m.put("Ds18b20Sensor, PiSocMonitor", new Published("temp-*", List.of("temperature")));
        m.put("PowersoftReadings", new Published("amp-a", List.of("ch1_gain", "ch4_mute", "ch2_output_voltage",
                "ch2_headroom", "ch2_signal", "ch3_load", "ch1_clip", "ch1_protect", "ch1_thermal_soa",
                "ch1_overtemp", "ch1_rail_fault", "ch1_low_load", "ch1_fault", "mains_fault", "fan_fault", "overtemp",
                "converter_fault", "aux_voltage_fault", "standby")));
        m.put("Aes70Objects (chN_temperature roles)", new Published("amp-b", List.of("ch16_temperature")));
        m.put("ShureReadings, SennheiserReadings", new Published("rx-*", List.of("ch1_frequency", "ch4_rf",
                "ch2_audio", "ch1_gain", "ch1_mute", "ch3_interference", "ch1_battery_bars", "ch2_battery_minutes")));
        m.put("SweepSummary", new Published("rf-explorer", List.of("noise_floor", "peak_level", "peak_frequency")));
        m.put("BreakerLoad, PhaseBalance, ShowEnergy", new Published("distro-*", List.of("l2_load", "neutral_load",
                "imbalance", "show_energy")));
        m.put("TemperatureWatch", new Published("temp-*", List.of("temperature_trend", "minutes_to_limit")));
        m.put("AmpWatch", new Published("amp-b", List.of("ch1_temperature_trend")));
        m.put("MeterTotals, AudioTelemetry", new Published("audio", List.of("ch1_peak", "ch2_rms", "ch8_true_peak",
                "ch1_gain_reduction", "ch1_notches", "underruns", "overruns", "dropped_events")));
        m.put("DeviceWatch", new Published("*", List.of("offline")));
        return m;
    }

    static Stream<Arguments> publishedMetrics() {
        return PUBLISHED.entrySet().stream().flatMap(e -> e.getValue().metrics().stream()
                .map(metric -> Arguments.of(e.getKey(), e.getValue().devices(), metric)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("publishedMetrics")
    void aRuleForAnyPublishedMetricIsTaken(String producer, String devices, String metric) {
        assertThatCode(() -> ShowFileLoader.parse(showWithRuleFor(devices, metric, EVERY_KIND), "show.yaml"))
                .as("%s publishes %s on %s", producer, metric, devices).doesNotThrowAnyException();
    }

    @Test
    void theVocabularyHoldsNothingThatIsNotPublished() {
        List<String> all = PUBLISHED.values().stream().flatMap(p -> p.metrics().stream()).toList();
        assertThat(MetricNames.PER_DEVICE).allSatisfy(word -> assertThat(all).as("published").contains(word));
        assertThat(MetricNames.PER_PHASE)
                .allSatisfy(word -> assertThat(all).anyMatch(n -> n.matches("l[1-3]_" + word)));
        assertThat(MetricNames.PER_CHANNEL)
                .allSatisfy(word -> assertThat(all).anyMatch(n -> n.matches("ch[0-9]+_" + word)));
    }

    @Test
    void thePiFlagsAreTheDriversOwn() {
        assertThat(MetricNames.PI_FLAGS).isEqualTo(ThrottleFlags.NAMES);
        for (String flag : ThrottleFlags.NAMES) {
            assertThatCode(() -> ShowFileLoader.parse(showWithRuleFor("temp-pi", flag + "_since_boot", EVERY_KIND),
                    "show.yaml"))
                    .doesNotThrowAnyException();
        }
    }

    /** An AES70 amp publishes its roles under the names the driver gives them; a rule may name exactly those. */
    @ParameterizedTest
    @ValueSource(strings = {"ch1_gain", "ch2_mute", "ch3_impedance", "ch1_temperature", "psu_temperature",
        "ch3_output_temperature", "mains_voltage", "ch1_clip", "ch2_protect", "amp_fault", "standby"})
    void aRuleTakesTheMetricAnAes70RoleIsReportedUnder(String role) throws ShowFileException {
        String metric = Aes70Role.all("amp-b", 4, Map.of(role, 0x10001L)).get(0).metric();
        String amp = """
                amplifiers:
                  - {id: amp-b, kind: aes70, host: 10.0.0.32, port: 50014, channels: 4, oca_objects: {%s: 0x10001}}
                """.formatted(role);

        ShowFileLoader.parse(showWithRuleFor(metric, amp), "show.yaml");
        if (!metric.equals(role)) {
            assertThatThrownBy(() -> ShowFileLoader.parse(showWithRuleFor(role, amp), "show.yaml"))
                    .as("the driver reports %s as %s", role, metric)
                    .hasMessageContaining("'" + role + "' matches no metric rackd publishes");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ch*_temprature", "battery_bars", "l1_lod", "psu_temperature", "ch1_impedance", "rf",
        "fan_speed"})
    void aRuleForWhatNothingPublishesIsRefused(String metric) {
        assertThatThrownBy(() -> ShowFileLoader.parse(showWithRuleFor(metric, ""), "show.yaml"))
                .hasMessageContaining("'" + metric + "' matches no metric rackd publishes");
    }

    private static String showWithRuleFor(String metric, String more) {
        return showWithRuleFor("*", metric, """
                power:
                  meters: [{id: distro-l1, kind: pzem004t, port: /dev/ttyUSB0, address: 1, phases: [l1], \
                breaker_amps: 32}]
                """ + more);
    }

    private static String showWithRuleFor(String devices, String metric, String more) {
        return """
                rack: {id: foh-a}
                %s
                alerts:
                  rules: [{device: "%s", metric: "%s", warning: 1}]
                """.formatted(more, devices, metric);
    }
}
