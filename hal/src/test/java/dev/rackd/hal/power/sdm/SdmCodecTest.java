package dev.rackd.hal.power.sdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rackd.hal.modbus.ModbusException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SdmCodecTest {

    @Test
    void floatIsHighWordFirst() {
        // 230.0f = 0x43660000; 1.0f = 0x3F800000 (IEEE-754)
        assertThat(SdmCodec.float32(new int[] {0x4366, 0x0000}, 0)).isEqualTo(230.0f);
        assertThat(SdmCodec.float32(new int[] {0x3F80, 0x0000}, 0)).isEqualTo(1.0f);
        assertThat(SdmCodec.float32(new int[] {0x0000, 0x3F80}, 0)).isNotEqualTo(1.0f);
    }

    @Test
    void sdm630RegistersLandOnTheirPhases() throws ModbusException {
        int[] a = new int[36];
        put(a, 0x00, 229.5f);
        put(a, 0x02, 231.0f);
        put(a, 0x04, 233.25f);
        put(a, 0x08, 12.5f); // L2 current
        put(a, 0x10, 2000f); // L3 power
        put(a, 0x20, 0.95f); // L2 PF
        int[] b = new int[4];
        put(b, 0, 50.02f);
        put(b, 2, 1234.5f);
        int[] c = new int[2];
        put(c, 0, 7.5f);
        SdmMeasurement m = SdmCodec.decode(SdmModel.SDM630, List.of(a, b, c));
        assertThat(m.voltageV(0)).isEqualTo(229.5);
        assertThat(m.voltageV(2)).isEqualTo(233.25);
        assertThat(m.currentA(1)).isEqualTo(12.5);
        assertThat(m.powerW(2)).isEqualTo(2000.0);
        assertThat(m.powerFactor(1)).isEqualTo(0.95); // the meter's 0.95, not 0.949999988079071
        assertThat(m.frequencyHz()).isEqualTo(50.02);
        assertThat(m.importKwh()).isEqualTo(1234.5);
        assertThat(m.neutralCurrentA()).isEqualTo(7.5);
    }

    @Test
    void sdm120HasNoNeutral() throws ModbusException {
        SdmMeasurement m = SdmCodec.decode(SdmModel.SDM120, List.of(new int[32], new int[4]));
        assertThat(m.phases()).isEqualTo(1);
        assertThat(m.neutralCurrentA()).isNaN();
    }

    @Test
    void blocksOfTheWrongSizeAreRefused() {
        assertThatThrownBy(() -> SdmCodec.decode(SdmModel.SDM630, List.of(new int[36], new int[2], new int[2])))
                .isInstanceOf(ModbusException.class).hasMessageContaining("block 1");
    }

    @Test
    void blocksStayUnderTheFortyValueLimit() {
        for (SdmModel model : SdmModel.values()) {
            assertThat(model.blocks()).allSatisfy(b -> assertThat(b.count()).isBetween(2, 80));
        }
    }

    @Property(tries = 300)
    void anyRegisterContentDecodesWithoutThrowing(@ForAll @Size(36) int[] a, @ForAll @Size(4) int[] b,
            @ForAll @Size(2) int[] c) throws ModbusException {
        for (int[] block : List.of(a, b, c)) {
            for (int i = 0; i < block.length; i++) {
                block[i] &= 0xFFFF;
            }
        }
        SdmMeasurement m = SdmCodec.decode(SdmModel.SDM630, List.of(a, b, c));
        assertThat(m.phases()).isEqualTo(3);
    }

    private static void put(int[] regs, int at, float value) {
        int bits = Float.floatToIntBits(value);
        regs[at] = bits >>> 16;
        regs[at + 1] = bits & 0xFFFF;
    }
}
