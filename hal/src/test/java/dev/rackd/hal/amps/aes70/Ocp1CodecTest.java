package dev.rackd.hal.amps.aes70;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte layouts built by hand from AES70-3 (OCP.1), field by field. */
class Ocp1CodecTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @Test
    void aOneSecondKeepAliveIsTwelveBytes() {
        byte[] wire = Ocp1Codec.encode(Ocp1Pdu.of(Ocp1PduType.KEEP_ALIVE, new Ocp1Message.KeepAlive(1000)));
        // sync | version 1 | size 11 (all but the sync byte) | type 4 | 1 message | heartbeat 1 s
        assertThat(HEX.formatHex(wire)).isEqualTo("3b 00 01 00 00 00 0b 04 00 01 00 01");
    }

    @Test
    void aSubSecondKeepAliveGoesInMilliseconds() throws Exception {
        byte[] wire = Ocp1Codec.encode(Ocp1Pdu.of(Ocp1PduType.KEEP_ALIVE, new Ocp1Message.KeepAlive(250)));
        assertThat(HEX.formatHex(wire)).isEqualTo("3b 00 01 00 00 00 0d 04 00 01 00 00 00 fa");
        assertThat(decode(wire).messages()).containsExactly(new Ocp1Message.KeepAlive(250));
    }

    @Test
    void getGainOnAnObjectIsACommandNeedingAResponse() {
        var cmd = new Ocp1Message.Command(1, 0x10003, OcaGain.GET_GAIN, 0, Ocp1Bytes.EMPTY);
        byte[] wire = Ocp1Codec.encode(Ocp1Pdu.of(Ocp1PduType.COMMAND_RESPONSE_REQUIRED, cmd));
        assertThat(HEX.formatHex(wire)).isEqualTo(
                "3b 00 01 00 00 00 1a 01 00 01" // header: 9 + 17 bytes after sync
                        + " 00 00 00 11 00 00 00 01 00 01 00 03 00 04 00 01 00"); // size 17, handle 1, ONo, 4.1, 0 params
    }

    @Test
    void readsAGetGainResponseOfThreeFloats() throws Exception {
        byte[] wire = HEX.parseHex("3b 00 01 00 00 00 1f 03 00 01"
                + " 00 00 00 16 00 00 00 01 00 03 c0 40 00 00 c2 c8 00 00 41 40 00 00"); // -3.0, -100, +12 dB
        Ocp1Message.Response r = (Ocp1Message.Response) decode(wire).messages().getFirst();
        assertThat(r.status()).isEqualTo(OcaStatus.OK);
        OcaReader values = r.parameters().reader();
        assertThat(List.of(values.float32(), values.float32(), values.float32())).containsExactly(-3.0f, -100.0f, 12.0f);
    }

    @Test
    void readsAPropertyChangedNotification() throws Exception {
        var n = new Ocp1Message.Notification(1, new OcaMethodId(1, 1), 2, Ocp1Bytes.EMPTY, 0x10003,
                OcaEventId.PROPERTY_CHANGED, new OcaWriter().u16(4).u16(1).float32(-6.0f).u8(1).toBytes());
        byte[] wire = Ocp1Codec.encode(Ocp1Pdu.of(Ocp1PduType.NOTIFICATION, n));
        assertThat(HEX.formatHex(wire)).isEqualTo("3b 00 01 00 00 00 29 02 00 01"
                + " 00 00 00 20 00 00 00 01 00 01 00 01 02 00 00" // size 32, target 1, method 1.1, 2 params, empty context
                + " 00 01 00 03 00 01 00 01" // emitter ONo, event 1.1 PropertyChanged
                + " 00 04 00 01 c0 c0 00 00 01"); // property 4.1, -6.0 dB, CurrentChanged
        assertThat(decode(wire).messages()).containsExactly(n);
    }

    @Test
    void waitsForTheRestOfAPduAndLeavesTheBufferAlone() throws Exception {
        byte[] wire = Ocp1Codec.encode(Ocp1Pdu.of(Ocp1PduType.KEEP_ALIVE, new Ocp1Message.KeepAlive(1000)));
        ByteBuffer half = ByteBuffer.wrap(wire, 0, 11);
        assertThat(Ocp1Codec.next(half)).isNull();
        assertThat(half.position()).isZero();
    }

    @Test
    void refusesWhatIsNotOcp1() {
        assertThatThrownBy(() -> decode(HEX.parseHex("3c 00 01 00 00 00 0b 04 00 01 00 01"))).hasMessageContaining("sync");
        assertThatThrownBy(() -> decode(HEX.parseHex("3b 00 02 00 00 00 0b 04 00 01 00 01"))).hasMessageContaining("version 2");
        assertThatThrownBy(() -> decode(HEX.parseHex("3b 00 01 00 00 00 0b 07 00 01 00 01"))).hasMessageContaining("PDU type 7");
        assertThatThrownBy(() -> decode(HEX.parseHex("3b 00 01 7f ff ff ff 04 00 01 00 01"))).hasMessageContaining("PDU size");
        assertThatThrownBy(() -> decode(HEX.parseHex("3b 00 01 00 00 00 0c 04 00 01 00 01 02")))
                .hasMessageContaining("keep-alive of 3 bytes");
    }

    @Test
    void refusesAMessageSizeThatOverrunsThePdu() {
        byte[] wire = HEX.parseHex("3b 00 01 00 00 00 13 03 00 01 00 00 00 ff 00 00 00 01 00 00");
        assertThatThrownBy(() -> decode(wire)).isInstanceOf(Ocp1FormatException.class).hasMessageContaining("says 255 bytes");
    }

    @Test
    void aPduCannotMixMessageKinds() {
        assertThatThrownBy(() -> Ocp1Pdu.of(Ocp1PduType.RESPONSE, new Ocp1Message.KeepAlive(1000)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusCodesFollowTheStandardAndUnknownOnesAreKept() {
        assertThat(OcaStatus.of(7)).isEqualTo(OcaStatus.PARAMETER_OUT_OF_RANGE);
        assertThat(OcaStatus.of(200)).isEqualTo(OcaStatus.UNKNOWN);
        assertThat(new Ocp1Message.Response(1, 200, 0, Ocp1Bytes.EMPTY).statusCode()).isEqualTo(200);
    }

    @Test
    void stringsCountCharactersNotBytes() throws Exception {
        Ocp1Bytes b = new OcaWriter().string("Zürich ♪").toBytes();
        assertThat(b.toArray()[1]).isEqualTo((byte) 8);
        assertThat(b.reader().string()).isEqualTo("Zürich ♪");
    }

    private static Ocp1Pdu decode(byte[] wire) throws Ocp1FormatException {
        ByteBuffer in = ByteBuffer.wrap(wire);
        Ocp1Pdu pdu = Ocp1Codec.next(in);
        assertThat(in.hasRemaining()).isFalse();
        return pdu;
    }
}
