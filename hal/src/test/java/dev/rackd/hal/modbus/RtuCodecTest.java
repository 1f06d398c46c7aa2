package dev.rackd.hal.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.hal.modbus.ModbusException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RtuCodecTest {
    private static byte[] hex(String s) {
        return HexFormat.ofDelimiter(" ").parseHex(s);
    }

    private static byte[] withCrc(byte[] body) {
        byte[] f = java.util.Arrays.copyOf(body, body.length + 2);
        int crc = Crc16.of(body, 0, body.length);
        f[body.length] = (byte) crc;
        f[body.length + 1] = (byte) (crc >>> 8);
        return f;
    }

    @Test
    void crcMatchesTheCatalogueCheckValue() {
        byte[] ascii = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(Crc16.of(ascii, 0, ascii.length)).isEqualTo(0x4B37);
    }

    @Test
    void readHoldingRegistersMatchesTheWidelyQuotedFrame() {
        // Read 10 holding registers from 0 at address 1: 01 03 00 00 00 0A C5 CD
        assertThat(RtuCodec.readHoldingRegisters(1, 0, 10)).isEqualTo(hex("01 03 00 00 00 0a c5 cd"));
    }

    @Test
    void registerAnswerIsUnwrapped() throws Exception {
        byte[] frame = RtuCodec.request(7, 0x04, hex("04 00 0a 12 34"));
        ResponseShape shape = ResponseShape.byteCount();
        assertThat(RtuCodec.expectedLength(frame, 2, 0x04, shape)).isEqualTo(-1);
        assertThat(RtuCodec.expectedLength(frame, 3, 0x04, shape)).isEqualTo(frame.length);
        byte[] data = RtuCodec.answer(frame, frame.length, 7, 0x04, shape);
        assertThat(RtuCodec.registers(data, 2)).containsExactly(0x000A, 0x1234);
    }

    @Test
    void flippedBitIsACrcError() {
        byte[] frame = RtuCodec.request(1, 0x04, hex("02 00 e6"));
        frame[3] ^= 0x10;
        assertThatThrownBy(() -> RtuCodec.answer(frame, frame.length, 1, 0x04, ResponseShape.byteCount()))
                .isInstanceOfSatisfying(ModbusException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CRC));
    }

    @Test
    void answerFromAnotherAddressIsRejected() {
        byte[] frame = RtuCodec.request(2, 0x04, hex("02 00 e6"));
        assertThatThrownBy(() -> RtuCodec.answer(frame, frame.length, 1, 0x04, ResponseShape.byteCount()))
                .isInstanceOfSatisfying(ModbusException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.WRONG_ADDRESS);
                    assertThat(e.getMessage()).contains("address 2", "asked 1");
                });
    }

    @Test
    void exceptionAnswerNamesTheCode() {
        byte[] frame = withCrc(hex("01 84 02"));
        assertThat(RtuCodec.expectedLength(frame, 2, 0x04, ResponseShape.byteCount())).isEqualTo(5);
        assertThatThrownBy(() -> RtuCodec.answer(frame, frame.length, 1, 0x04, ResponseShape.byteCount()))
                .isInstanceOfSatisfying(ModbusException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.DEVICE_EXCEPTION);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("illegal data address");
                });
    }

    @Test
    void lengthThatDisagreesWithTheByteCountIsMalformed() {
        byte[] frame = RtuCodec.request(1, 0x04, hex("04 00 e6"));
        assertThatThrownBy(() -> RtuCodec.answer(frame, frame.length, 1, 0x04, ResponseShape.byteCount()))
                .isInstanceOfSatisfying(ModbusException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED));
    }

    @Test
    void echoAnswerHasAFixedLength() throws Exception {
        byte[] frame = RtuCodec.request(1, 0x42);
        assertThat(RtuCodec.expectedLength(frame, 2, 0x42, ResponseShape.fixed(0))).isEqualTo(4);
        assertThat(RtuCodec.answer(frame, 4, 1, 0x42, ResponseShape.fixed(0))).isEmpty();
    }
}
