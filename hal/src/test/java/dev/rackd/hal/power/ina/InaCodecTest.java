package dev.rackd.hal.power.ina;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InaCodecTest {

    @Test
    void ina219FullScaleShuntIs320Millivolts() {
        // SBOS448: PGA /8 full scale 320 mV = 32000 x 10 µV = 0x7D00
        assertThat(InaCodec.shuntVolts(InaKind.INA219, 0x7D00)).isCloseTo(0.320, within(1e-12));
        assertThat(InaCodec.shuntVolts(InaKind.INA219, 0x8300)).isCloseTo(-0.320, within(1e-12));
    }

    @Test
    void ina219BusRegisterDropsTheStatusBits() {
        // 12.0 V = 3000 x 4 mV, shifted left 3, with CNVR (bit 1) set
        int raw = 3000 << 3 | 0x2;
        assertThat(InaCodec.busVolts(InaKind.INA219, raw)).isCloseTo(12.0, within(1e-9));
        assertThat(InaCodec.overRange(InaKind.INA219, 0, raw)).isFalse();
        assertThat(InaCodec.overRange(InaKind.INA219, 0, raw | 0x1)).isTrue();
    }

    @Test
    void ina226FullScales() {
        // SBOS547: shunt 81.92 mV and bus 40.96 V at 0x7FFF; LSBs 2.5 µV and 1.25 mV
        assertThat(InaCodec.shuntVolts(InaKind.INA226, 0x7FFF)).isCloseTo(0.0819175, within(1e-9));
        assertThat(InaCodec.busVolts(InaKind.INA226, 0x7FFF)).isCloseTo(40.95875, within(1e-9));
        assertThat(InaCodec.overRange(InaKind.INA226, 0x7FFF, 0)).isTrue();
        assertThat(InaCodec.busVolts(InaKind.INA226, 4000)).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void currentFollowsOhmsLaw() {
        // 100 mOhm shunt, 25 mV across it: 0.25 A
        double shunt = InaCodec.shuntVolts(InaKind.INA226, 10_000);
        assertThat(InaCodec.currentAmps(shunt, 0.1)).isCloseTo(0.25, within(1e-12));
    }
}
