package dev.rackd.hal.power.pzem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rackd.hal.modbus.ModbusException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PzemCodecTest {
    private static byte[] hex(String s) {
        return HexFormat.ofDelimiter(" ").parseHex(s);
    }

    @Test
    void readAllOfAddressOneIsTheDatasheetFrame() {
        assertThat(PzemCodec.readAll(1)).isEqualTo(hex("01 04 00 00 00 0a 70 0d"));
    }

    @Test
    void resetEnergyOfAddressOneIsTheDatasheetFrame() {
        assertThat(PzemCodec.resetEnergy(1)).isEqualTo(hex("01 42 80 11"));
    }

    @Test
    void registersScaleWithLowWordFirst() throws ModbusException {
        // 230.4 V, 70.000 A (0x0001_1170 mA), 16 128.0 W (0x0002_7600 dW), 98 765 Wh, 50.0 Hz, PF 0.99, no alarm
        int[] regs = {2304, 0x1170, 0x0001, 0x7600, 0x0002, 98765 & 0xFFFF, 98765 >>> 16, 500, 99, 0};
        PzemMeasurement m = PzemCodec.decode(regs);
        assertThat(m.voltageV()).isCloseTo(230.4, within(1e-9));
        assertThat(m.currentA()).isCloseTo(70.0, within(1e-9));
        assertThat(m.powerW()).isCloseTo(16128.0, within(1e-9));
        assertThat(m.energyWh()).isEqualTo(98765);
        assertThat(m.frequencyHz()).isCloseTo(50.0, within(1e-9));
        assertThat(m.powerFactor()).isCloseTo(0.99, within(1e-9));
        assertThat(m.alarm()).isFalse();
        assertThat(m.voltagePlausible() && m.currentPlausible() && m.powerPlausible()).isTrue();
    }

    @Test
    void alarmIsAllOnes() throws ModbusException {
        int[] regs = {2300, 0, 0, 0, 0, 0, 0, 500, 100, 0xFFFF};
        assertThat(PzemCodec.decode(regs).alarm()).isTrue();
    }

    @Test
    void impossibleValuesAreNotPlausible() throws ModbusException {
        // A corrupted answer that still passed CRC: 6553.5 V, PF 6.55, 0 Hz
        PzemMeasurement m = PzemCodec.decode(new int[] {0xFFFF, 0, 0, 0, 0, 0, 0, 0, 655, 0});
        assertThat(m.voltagePlausible()).isFalse();
        assertThat(m.frequencyPlausible()).isFalse();
        assertThat(m.powerFactorPlausible()).isFalse();
    }

    @Test
    void wrongRegisterCountIsAModbusException() {
        assertThatThrownBy(() -> PzemCodec.decode(new int[9])).isInstanceOf(ModbusException.class);
    }

    @Test
    void addressOutsideThePzemRangeIsRefused() {
        assertThatThrownBy(() -> PzemCodec.readAll(0)).hasMessageContaining("1..247");
        assertThat(PzemCodec.readAll(0xF8)[0] & 0xFF).isEqualTo(0xF8);
    }
}
