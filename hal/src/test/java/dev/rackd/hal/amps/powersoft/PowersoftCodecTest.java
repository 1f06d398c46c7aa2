package dev.rackd.hal.amps.powersoft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PowersoftCodecTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @Test
    void crcMatchesTheCheckValueTheDocumentGives() {
        assertThat(Crc16Arc.of("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0xBB3D);
    }

    @Test
    void crcOfNoDataIsZeroAsTheDocumentSays() {
        assertThat(Crc16Arc.of(new byte[0])).isZero();
    }

    @Test
    void encodesThePublishedStandbyOffCommandByteForByte() {
        // Published Quattrocanali "power on" example: standby OFF, cookie 0x003D, answer port 5000.
        var frame = new PowersoftFrame(14, 0x3D, 5000, PowersoftRequests.standby(PowersoftRequests.StandbyAction.OPERATE));
        assertThat(HEX.formatHex(PowersoftCodec.encode(frame))).isEqualTo("02 0e 3d 00 04 00 88 13 01 00 00 00 01 fc f1 03");
    }

    @Test
    void encodesThePublishedStandbyOnCommandByteForByte() {
        var frame = new PowersoftFrame(14, 0x3D, 5000, PowersoftRequests.standby(PowersoftRequests.StandbyAction.STANDBY));
        assertThat(HEX.formatHex(PowersoftCodec.encode(frame))).isEqualTo("02 0e 3d 00 04 00 88 13 02 00 00 00 01 b8 f1 03");
    }

    @Test
    void decodesThePublishedStandbyReadRequest() throws Exception {
        // Published "connection status" string with reply port 0x1234 filled in: CRC of four zero bytes is 0.
        PowersoftFrame f = PowersoftCodec.decode(HEX.parseHex("02 0e 00 00 04 00 34 12 00 00 00 00 00 00 f1 03"));
        assertThat(f.command()).isEqualTo(PowersoftCommand.STANDBY.code());
        assertThat(f.cookie()).isZero();
        assertThat(f.answerPort()).isEqualTo(0x1234);
        assertThat(f.data()).containsExactly(0, 0, 0, 0);
    }

    @Test
    void anAnswerCarriesTheComplementOfTheRequestCommand() throws Exception {
        byte[] wire = PowersoftCodec.encode(new PowersoftFrame(PowersoftCommand.READGM.answerCode(), 7, 0, new byte[] {1}));
        PowersoftFrame f = PowersoftCodec.decode(wire);
        assertThat(f.command()).isEqualTo(0xFE);
        assertThat(f.isAnswer()).isTrue();
        assertThat(wire[wire.length - 2]).isEqualTo((byte) 0x01);
    }

    @Test
    void refusesAWrongCrcAndSaysSo() {
        byte[] wire = HEX.parseHex("02 0e 3d 00 04 00 88 13 01 00 00 00 01 fd f1 03");
        assertThatThrownBy(() -> PowersoftCodec.decode(wire))
                .isInstanceOf(PowersoftFrameException.class).hasMessageContaining("CRC 0xFD01");
    }

    @Test
    void refusesACountThatDisagreesWithTheDatagram() {
        byte[] wire = HEX.parseHex("02 0e 3d 00 05 00 88 13 01 00 00 00 01 fc f1 03");
        assertThatThrownBy(() -> PowersoftCodec.decode(wire))
                .isInstanceOf(PowersoftFrameException.class).hasMessageContaining("count says 5");
    }

    @Test
    void refusesAMismatchedInverseCommand() {
        byte[] wire = HEX.parseHex("02 0e 3d 00 04 00 88 13 01 00 00 00 01 fc f0 03");
        assertThatThrownBy(() -> PowersoftCodec.decode(wire)).hasMessageContaining("~cmd");
    }

    @Test
    void refusesMissingDelimitersAndShortFrames() {
        assertThatThrownBy(() -> PowersoftCodec.decode(HEX.parseHex("03 00 00 00 00 00 00 00 00 00 ff 03")))
                .hasMessageContaining("STX");
        assertThatThrownBy(() -> PowersoftCodec.decode(HEX.parseHex("02 00 00 00 00 00 00 00 00 00 ff 02")))
                .hasMessageContaining("ETX");
        assertThatThrownBy(() -> PowersoftCodec.decode(new byte[11])).hasMessageContaining("smallest is 12");
    }

    @Test
    void aFrameCannotCarryMoreThanTheCountFieldHolds() {
        assertThatThrownBy(() -> new PowersoftFrame(0, 0, 0, new byte[65536]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
