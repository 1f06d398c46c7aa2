package dev.rackd.hal.temperature.w1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rackd.hal.temperature.SysfsFormatException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class W1SlaveTest {
    private static final String GOOD = """
            72 01 4b 46 7f ff 0e 10 57 : crc=57 YES
            72 01 4b 46 7f ff 0e 10 57 t=23125
            """;

    @Test
    void kernelDocumentationExampleReads23Point125() throws SysfsFormatException {
        W1Sample s = W1Slave.parse(GOOD);
        assertThat(s.crcOk()).isTrue();
        assertThat(s.celsius()).isEqualTo(23.125);
        assertThat(s.powerOnValue()).isFalse();
        assertThat(s.allZero()).isFalse();
    }

    @Test
    void crcNoIsReportedNotHidden() throws SysfsFormatException {
        W1Sample s = W1Slave.parse(GOOD.replace("YES", "NO"));
        assertThat(s.crcOk()).isFalse();
    }

    @Test
    void powerOnValueIsRecognised() throws SysfsFormatException {
        W1Sample s = W1Slave.parse("""
                50 05 4b 46 7f ff 0c 10 1c : crc=1c YES
                50 05 4b 46 7f ff 0c 10 1c t=85000
                """);
        assertThat(s.powerOnValue()).isTrue();
    }

    @Test
    void shortedDataLineReadsAllZero() throws SysfsFormatException {
        W1Sample s = W1Slave.parse("""
                00 00 00 00 00 00 00 00 00 : crc=00 YES
                00 00 00 00 00 00 00 00 00 t=0
                """);
        assertThat(s.allZero()).isTrue();
    }

    @Test
    void negativeTemperaturesParse() throws SysfsFormatException {
        assertThat(W1Slave.parse(GOOD.replace("t=23125", "t=-10125")).celsius()).isEqualTo(-10.125);
    }

    @Test
    void truncatedFileIsAFormatError() {
        assertThatThrownBy(() -> W1Slave.parse("72 01 4b 46 7f ff 0e 10 57 : crc=57 YES\n"))
                .isInstanceOf(SysfsFormatException.class).hasMessageContaining("second line");
    }

    @Property(tries = 1000)
    void anyTextParsesOrSaysWhy(@ForAll("slaveLike") String text) {
        try {
            W1Sample s = W1Slave.parse(text);
            assertThat(text).contains("crc=", "t=");
            assertThat(s.milliC()).isBetween(-9_999_999, 9_999_999);
        } catch (SysfsFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> slaveLike() {
        Arbitrary<String> mutated = Arbitraries.strings().withChars("0123456789abcdef t=crcYESNO:-\n").ofMaxLength(120);
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200), mutated,
                mutated.map(m -> GOOD.substring(0, Math.min(GOOD.length(), m.length())) + m));
    }
}
