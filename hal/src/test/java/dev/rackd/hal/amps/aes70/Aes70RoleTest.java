package dev.rackd.hal.amps.aes70;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

class Aes70RoleTest {

    @Test
    void readsTheRoleNamesOfAnObjectMap() {
        var roles = Aes70Role.all("amp-d", 2, Map.of("ch1_gain", 1L, "ch1_impedance", 2L, "ch2_heatsink_temperature", 3L,
                "mains_voltage", 4L, "ch1_clip", 5L, "standby", 6L));
        assertThat(roles).extracting(Aes70Role::name, Aes70Role::kind, Aes70Role::channel, Aes70Role::metric).containsExactly(
                tuple("ch1_clip", Aes70Role.Kind.FLAG, 1, "ch1_clip"),
                tuple("ch1_gain", Aes70Role.Kind.GAIN, 1, "ch1_gain"),
                tuple("ch1_impedance", Aes70Role.Kind.IMPEDANCE, 1, "ch1_load"),
                tuple("ch2_heatsink_temperature", Aes70Role.Kind.TEMPERATURE, 2,
                        "ch2_heatsink_temperature"),
                tuple("mains_voltage", Aes70Role.Kind.VOLTAGE, 0, "mains_voltage"),
                tuple("standby", Aes70Role.Kind.STANDBY, 0, "standby"));
    }

    @Test
    void refusesRolesItCannotDriveInTheCrewsWords() {
        assertThatThrownBy(() -> Aes70Role.all("amp-d", 2, Map.of("ch1_eq_frequency", 1L)))
                .hasMessage("amp amp-d: object role 'ch1_eq_frequency' is not one rackd knows; use chN_gain, chN_mute,"
                        + " chN_impedance, *_temperature, *_voltage, *_clip, *_protect, *_fault or standby");
        assertThatThrownBy(() -> Aes70Role.all("amp-d", 2, Map.of("gain", 1L))).hasMessageContaining("'gain' is not one");
        assertThatThrownBy(() -> Aes70Role.all("amp-d", 2, Map.of("ch1_input_gain", 1L))).hasMessageContaining("not one");
        assertThatThrownBy(() -> Aes70Role.all("amp-d", 2, Map.of("ch3_gain", 1L))).hasMessageContaining("channel 3 of a 2-channel amp");
        assertThatThrownBy(() -> Aes70Role.all("amp-d", 2, Map.of("ch1_standby", 1L))).hasMessageContaining("not one");
    }
}
