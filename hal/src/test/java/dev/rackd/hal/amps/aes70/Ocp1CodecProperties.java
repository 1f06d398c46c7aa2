package dev.rackd.hal.amps.aes70;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class Ocp1CodecProperties {

    @Property(tries = 3000)
    void randomBytesAreAPduNothingYetOrARefusal(@ForAll @Size(max = 200) byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            while (Ocp1Codec.next(in) != null) {
                assertThat(in.position()).isPositive();
            }
        } catch (Ocp1FormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 2000)
    void randomBytesBehindAValidHeaderAreRefusedCleanly(@ForAll @IntRange(min = 0, max = 4) int type,
            @ForAll @IntRange(min = 1, max = 5) int count, @ForAll @Size(max = 120) byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(10 + body.length);
        b.put((byte) 0x3B).putShort((short) 1).putInt(9 + body.length).put((byte) type).putShort((short) count).put(body).flip();
        try {
            Ocp1Pdu pdu = Ocp1Codec.next(b);
            assertThat(pdu.messages()).hasSize(type == 4 ? 1 : count);
        } catch (Ocp1FormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 1000)
    void everyPduSurvivesTheRoundTrip(@ForAll("pdus") Ocp1Pdu pdu) throws Exception {
        assertThat(Ocp1Codec.next(ByteBuffer.wrap(Ocp1Codec.encode(pdu)))).isEqualTo(pdu);
    }

    @Property(tries = 300)
    void aStreamCutAnywhereGivesTheSamePdus(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("pdus") Ocp1Pdu> pdus,
            @ForAll @IntRange(min = 1, max = 40) int chunk) throws Exception {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        pdus.forEach(p -> stream.writeBytes(Ocp1Codec.encode(p)));
        byte[] all = stream.toByteArray();
        ByteBuffer in = ByteBuffer.allocate(all.length);
        List<Ocp1Pdu> got = new ArrayList<>();
        for (int at = 0; at < all.length; at += chunk) {
            in.put(all, at, Math.min(chunk, all.length - at)).flip();
            Ocp1Pdu p;
            while ((p = Ocp1Codec.next(in)) != null) {
                got.add(p);
            }
            in.compact();
        }
        assertThat(got).isEqualTo(pdus);
    }

    @Provide
    Arbitrary<Ocp1Pdu> pdus() {
        Arbitrary<Ocp1Bytes> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(Ocp1Bytes::of);
        Arbitrary<Long> u32 = Arbitraries.longs().between(0, 0xFFFF_FFFFL);
        Arbitrary<Integer> u16 = Arbitraries.integers().between(0, 0xFFFF);
        Arbitrary<Integer> u8 = Arbitraries.integers().between(0, 0xFF);
        Arbitrary<Ocp1Message.Command> commands = Combinators.combine(u32, u32, u16, u16, u8, bytes)
                .as((h, o, l, i, c, p) -> new Ocp1Message.Command(h, o, new OcaMethodId(l, i), c, p));
        Arbitrary<Ocp1Message.Response> responses = Combinators.combine(u32, u8, u8, bytes).as(Ocp1Message.Response::new);
        Arbitrary<Ocp1Message.Notification> notifications = Combinators.combine(u32, u16, u8, bytes, u32, u16, bytes)
                .as((t, l, c, ctx, e, ei, d) -> new Ocp1Message.Notification(t, new OcaMethodId(l, 1), c, ctx, e,
                        new OcaEventId(1, ei), d));
        return Arbitraries.oneOf(
                commands.list().ofMinSize(1).ofMaxSize(3).map(m -> new Ocp1Pdu(Ocp1PduType.COMMAND_RESPONSE_REQUIRED, List.copyOf(m))),
                responses.list().ofMinSize(1).ofMaxSize(3).map(m -> new Ocp1Pdu(Ocp1PduType.RESPONSE, List.copyOf(m))),
                notifications.list().ofMinSize(1).ofMaxSize(3).map(m -> new Ocp1Pdu(Ocp1PduType.NOTIFICATION, List.copyOf(m))),
                u32.map(ms -> Ocp1Pdu.of(Ocp1PduType.KEEP_ALIVE, new Ocp1Message.KeepAlive(ms))));
    }
}
