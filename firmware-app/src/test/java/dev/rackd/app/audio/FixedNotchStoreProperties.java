package dev.rackd.app.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.dsp.FixedNotch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FixedNotchStoreProperties {

    @Provide
    Arbitrary<List<List<FixedNotch>>> sets() {
        Arbitrary<FixedNotch> notch = Combinators.combine(Arbitraries.doubles().between(20, 20000).ofScale(6),
                Arbitraries.doubles().between(-60, -0.1).ofScale(6),
                Arbitraries.doubles().between(1 / 80.0, 0.2).ofScale(6))
                .as(FixedNotch::new);
        return notch.list().ofMaxSize(24).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property
    void whatIsSavedIsWhatComesBack(@ForAll("sets") List<List<FixedNotch>> set) throws IOException {
        FixedNotchRestore back = FixedNotchRestore.check(FixedNotchStore.decode(FixedNotchStore.encode(set)),
                set.size(), 48000, 24);
        assertThat(back.placed()).isEqualTo(set);
        assertThat(back.warning()).isEmpty();
    }

    @Property
    void anyBytesEitherReadAsValidNotchesOrGiveAReason(@ForAll @Size(max = 200) byte[] junk) {
        try {
            assertThat(FixedNotchStore.decode(junk)).doesNotContainNull();
        } catch (IOException e) {
            assertThat(e.getMessage()).startsWith("saved fixed notch");
        }
    }

    @Example
    void bytesInAnEncodingTheParserCannotReadGiveAReasonToo() {
        // the first four bytes as a UCS-4 byte-order mark in an order no parser reads
        assertThatThrownBy(() -> FixedNotchStore.decode(new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE, '{', '}'}))
                .isInstanceOf(IOException.class).hasMessageStartingWith("saved fixed notches are not JSON");
    }

    @Property
    void mangledJsonNeverGetsPastTheChecks(@ForAll("sets") List<List<FixedNotch>> set,
            @ForAll("cuts") int cut) {
        String json = new String(FixedNotchStore.encode(set), StandardCharsets.UTF_8);
        String bad = json.substring(0, Math.min(cut, json.length())) + "x" + json.substring(Math.min(cut,
                json.length()));
        try {
            FixedNotchStore.decode(bad.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            assertThat(e.getMessage()).startsWith("saved fixed notch");
        }
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, 400);
    }

    @Test
    void whatIsNoNotchIsLeftOutWithTheRuleAndAFileInAnotherFormatIsRefused() throws IOException {
        List<FixedNotchStore.Saved> read = FixedNotchStore.decode(("{\"format\":1,\"channels\":[{\"channel\":1,"
                + "\"notches\":[{\"hz\":1000,\"depth_db\":3,\"width_oct\":0.1}]}]}").getBytes(StandardCharsets.UTF_8));
        assertThat(FixedNotchRestore.check(read, 2, 48000, 24).warning()).hasValueSatisfying(w -> assertThat(w)
                .contains("channel 1 at 1000 Hz: fixed notch depth must be below 0 dB"));
        assertThatThrownBy(() -> FixedNotchStore.decode("{\"format\":2,\"channels\":[]}".getBytes(
                StandardCharsets.UTF_8))).hasMessage("saved fixed notches are not in format 1");
    }
}
