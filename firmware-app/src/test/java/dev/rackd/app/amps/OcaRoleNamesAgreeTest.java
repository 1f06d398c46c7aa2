package dev.rackd.app.amps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.config.ShowFileException;
import dev.rackd.config.ShowFileLoader;
import dev.rackd.hal.amps.aes70.Aes70Role;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The show file and the AES70 driver read the same role names: a name that validates must be one the driver can
 * drive, or the amp would go unmonitored at the show with a green show file behind it.
 */
class OcaRoleNamesAgreeTest {
    @ParameterizedTest
    @ValueSource(strings = {"ch1_gain", "ch4_mute", "ch2_impedance", "ch1_temperature", "psu_temperature",
        "ch3_output_temperature", "mains_voltage", "ch1_voltage", "ch1_clip", "ch2_protect", "fault", "amp_fault",
        "standby", "ch1_standby", "gain", "mute", "impedance", "ch1_output_gain", "ch1_gian", "temperature",
        "voltage", "fan_speed", "ch1_mute_state", "ch1_load", "ch5_gain", "ch0_gain", "clip", "ch1_fault_led"})
    void showFileAcceptsExactlyTheRolesTheDriverKnows(String role) {
        boolean driverKnows;
        try {
            Aes70Role.all("amp-a", 4, Map.of(role, 0x10001L));
            driverKnows = true;
        } catch (IllegalArgumentException e) {
            driverKnows = false;
        }
        boolean showFileTakes;
        try {
            ShowFileLoader.parse("""
                    rack: {id: foh-a}
                    amplifiers:
                      - id: amp-a
                        kind: aes70
                        host: 10.0.0.32
                        port: 50014
                        channels: 4
                        oca_objects: {%s: 0x10001}
                    """.formatted(role), "show.yaml");
            showFileTakes = true;
        } catch (ShowFileException e) {
            showFileTakes = false;
        }
        assertThat(showFileTakes).as("the show file takes %s", role).isEqualTo(driverKnows);
    }
}
