package dev.rackd.hal.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever arrives on the wire, the codec either unwraps it or says why in a ModbusException. */
class RtuCodecProperties {

    @Property(tries = 2000)
    void randomBytesOnlyEverRaiseModbusException(@ForAll @Size(max = 300) byte[] wire,
            @ForAll @IntRange(min = 1, max = 247) int address, @ForAll("functions") int function,
            @ForAll boolean byteCounted, @ForAll @IntRange(max = 252) int dataBytes) {
        ResponseShape shape = byteCounted ? ResponseShape.byteCount() : ResponseShape.fixed(dataBytes);
        int want = RtuCodec.expectedLength(wire, wire.length, function, shape);
        assertThat(want).isBetween(-1, RtuCodec.MAX_FRAME);
        try {
            byte[] data = RtuCodec.answer(wire, wire.length, address, function, shape);
            assertThat(Crc16.matches(wire, wire.length)).isTrue();
            assertThat(wire[0] & 0xFF).isEqualTo(address);
            RtuCodec.registers(data, data.length / 2);
        } catch (ModbusException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 500)
    void everyWellFormedRegisterAnswerRoundTrips(@ForAll @IntRange(min = 1, max = 247) int address,
            @ForAll @Size(min = 1, max = 125) int[] values) throws ModbusException {
        byte[] data = new byte[1 + 2 * values.length];
        data[0] = (byte) (2 * values.length);
        for (int i = 0; i < values.length; i++) {
            data[1 + 2 * i] = (byte) (values[i] >>> 8);
            data[2 + 2 * i] = (byte) values[i];
        }
        byte[] frame = RtuCodec.request(address, 0x04, data);
        assertThat(RtuCodec.expectedLength(frame, 3, 0x04, ResponseShape.byteCount())).isEqualTo(frame.length);
        int[] regs = RtuCodec.registers(RtuCodec.answer(frame, frame.length, address, 0x04, ResponseShape.byteCount()),
                values.length);
        for (int i = 0; i < values.length; i++) {
            assertThat(regs[i]).isEqualTo(values[i] & 0xFFFF);
        }
    }

    @Property(tries = 500)
    void anySingleBitFlipIsCaught(@ForAll @Size(min = 1, max = 40) byte[] payload,
            @ForAll @IntRange(min = 0, max = 1000) int bitSeed) {
        byte[] frame = RtuCodec.request(9, 0x04, payload);
        int bit = bitSeed % (frame.length * 8);
        frame[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThat(Crc16.matches(frame, frame.length)).isFalse();
    }

    @Provide
    Arbitrary<Integer> functions() {
        return Arbitraries.of(0x03, 0x04, 0x06, 0x42);
    }
}
