package dev.rackd.hal.temperature.pi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.hal.temperature.SysfsFormatException;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ThrottleFlagsTest {

    @Test
    void vcgencmdUnderVoltageNowAndSinceBoot() throws SysfsFormatException {
        // The kernel's "Under-voltage detected! (0x00050005)": under-voltage + throttled, now and since boot
        ThrottleFlags f = ThrottleFlags.parse("throttled=0x50005\n");
        assertThat(f.underVoltageNow()).isTrue();
        assertThat(f.now(2)).isTrue();
        assertThat(f.now(1)).isFalse();
        assertThat(f.sinceBoot(0)).isTrue();
        assertThat(f.sinceBoot(2)).isTrue();
    }

    @Test
    void sysfsFileIsBareHex() throws SysfsFormatException {
        ThrottleFlags f = ThrottleFlags.parse("80008\n");
        assertThat(f.now(3)).isTrue();
        assertThat(f.sinceBoot(3)).isTrue();
        assertThat(f.underVoltageNow()).isFalse();
        assertThat(ThrottleFlags.parse("0").bits()).isZero();
    }

    @Test
    void notHexIsAFormatError() {
        assertThatThrownBy(() -> ThrottleFlags.parse("throttled=")).isInstanceOf(SysfsFormatException.class);
        assertThatThrownBy(() -> ThrottleFlags.parse("VCHI initialization failed"))
                .isInstanceOf(SysfsFormatException.class).hasMessageContaining("VCHI");
    }

    @Test
    void thermalZoneIsMillidegrees() throws SysfsFormatException {
        assertThat(ThermalZone.parseCelsius("48312\n")).isEqualTo(48.312);
        assertThatThrownBy(() -> ThermalZone.parseCelsius("")).isInstanceOf(SysfsFormatException.class);
    }

    @Test
    void throttlingFileIsFoundBesideAStandardThermalZone() {
        assertThat(PiSocSettings.throttledBeside(PiSocSettings.PI_THERMAL)).contains(PiSocSettings.PI_THROTTLED);
        assertThat(PiSocSettings.throttledBeside(Path.of("/tmp/sim/sys/class/thermal/thermal_zone0/temp")))
                .contains(Path.of("/tmp/sim/sys/devices/platform/soc/soc:firmware/get_throttled"));
        assertThat(PiSocSettings.throttledBeside(Path.of("/opt/cpu-temp"))).isEmpty();
    }

    @Property(tries = 500)
    void anyTextParsesOrSaysWhy(@ForAll String text) {
        try {
            ThrottleFlags.parse(text);
            ThermalZone.parseCelsius(text);
        } catch (SysfsFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
