package dev.rackd.hal.power.pzem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.hal.Quality;
import dev.rackd.hal.Reading;
import dev.rackd.hal.modbus.ModbusMaster;
import dev.rackd.hal.modbus.RtuCodec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the driver makes of a voltage beyond the 80-260 V the meter measures, from its registers. */
class PzemMeterRangeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T18:00:00Z"), ZoneOffset.UTC);

    private static List<Reading> read(int decivolts) throws Exception {
        int[] regs = {decivolts, 10_000, 0, 0x5FB4, 0, 0, 0, 500, 100, 0}; // 10 A, 2450.0 W, 50 Hz, PF 1
        byte[] data = new byte[2 * regs.length]; // the answer's data bytes, big-endian registers
        for (int i = 0; i < regs.length; i++) {
            data[2 * i] = (byte) (regs[i] >>> 8);
            data[2 * i + 1] = (byte) regs[i];
        }
        ModbusMaster wire = (address, function, request, shape) -> data;
        assertThat(RtuCodec.registers(data, regs.length)).containsExactly(regs);
        return new PzemMeter(new PzemSettings("distro-l1", 1, "l1", Duration.ofSeconds(1), 3), null, CLOCK)
                .read(wire);
    }

    private static Reading voltage(List<Reading> readings) {
        return readings.stream().filter(r -> r.metric().equals("l1_voltage")).findFirst().orElseThrow();
    }

    @Test
    void aLostNeutralsFourHundredVoltsIsAFaultThatKeepsItsNumber() throws Exception {
        List<Reading> all = read(4000);
        assertThat(voltage(all).quality()).isEqualTo(Quality.FAULT);
        assertThat(voltage(all).value()).isEqualTo(400.0);
        // the rest of the answer is still good: the meter did answer
        assertThat(all).filteredOn(r -> !r.metric().equals("l1_voltage")).allMatch(r -> r.quality() == Quality.GOOD);
    }

    @Test
    void theTopOfTheRangeIsGoodAndADeadPhaseIsAGoodZero() throws Exception {
        assertThat(voltage(read(2600))).satisfies(r -> {
            assertThat(r.quality()).isEqualTo(Quality.GOOD);
            assertThat(r.value()).isEqualTo(260.0);
        });
        assertThat(voltage(read(2601)).quality()).isEqualTo(Quality.FAULT);
        // below the range is a sag the crew must see as one, not a fault
        assertThat(voltage(read(0))).satisfies(r -> {
            assertThat(r.quality()).isEqualTo(Quality.GOOD);
            assertThat(r.value()).isEqualTo(0.0);
        });
        assertThat(voltage(read(650)).quality()).isEqualTo(Quality.GOOD);
    }

    @Test
    void aVoltageNoSupplyCanHaveIsACorruptedAnswerWithNoNumber() throws Exception {
        assertThat(voltage(read(0xFFFF))).satisfies(r -> {
            assertThat(r.quality()).isEqualTo(Quality.FAULT);
            assertThat(r.value()).isNaN();
        });
        assertThat(voltage(read(5001)).value()).isNaN();
        assertThat(voltage(read(5000)).value()).isEqualTo(500.0);
    }
}
