package dev.rackd.hal.power.pzem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.hal.modbus.ModbusException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PzemCodecProperties {
    @Property(tries = 1000)
    void anyTenRegistersDecodeToFiniteNonNegativeValues(
            @ForAll @Size(10) int[] raw) throws ModbusException {
        int[] regs = new int[10];
        for (int i = 0; i < 10; i++) {
            regs[i] = raw[i] & 0xFFFF;
        }
        PzemMeasurement m = PzemCodec.decode(regs);
        assertThat(m.voltageV()).isBetween(0.0, 6553.5);
        assertThat(m.currentA()).isBetween(0.0, 4294967.295);
        assertThat(m.energyWh()).isBetween(0L, 0xFFFF_FFFFL);
        assertThat(m.alarm()).isEqualTo(regs[9] == 0xFFFF);
    }

    @Property(tries = 200)
    void currentsUpTo100AmpsRoundTripThroughTheTwoWords(@ForAll @IntRange(max = 100_000) int milliAmps)
            throws ModbusException {
        int[] regs = {2300, milliAmps & 0xFFFF, milliAmps >>> 16, 0, 0, 0, 0, 500, 100, 0};
        assertThat(PzemCodec.decode(regs).currentA()).isEqualTo(milliAmps / 1000.0);
    }
}
